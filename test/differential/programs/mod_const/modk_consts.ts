// include library of consts of each type, one computed from others
export const LIMIT = 10;
export const DOUBLE = LIMIT * 2;
export const RATE: float = 0.25;
export const NAME = "consts";
export const NEG_SHIFT = -9 >> 1;
