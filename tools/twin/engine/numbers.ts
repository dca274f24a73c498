// Keeping JavaScript numbers inside NWScript's value ranges.

/** An int result: wrapped to 32-bit signed. */
export const int32 = (x: number): number => x | 0;

/** A float result: rounded to float32. */
export const float32 = (x: number): number => Math.fround(x);

/** NWScript booleans are ints. */
export const bool = (b: boolean): number => (b ? 1 : 0);
