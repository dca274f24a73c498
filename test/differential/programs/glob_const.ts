// module consts of int, float and string, constant expressions built from other consts
const LIMIT = 12;
const DOUBLE_LIMIT = LIMIT * 2;
const NEG = -LIMIT + 2;
const MASK = 0xFF & ~0x0F;
const HALF: float = 0.5;
const ONE: float = 1;
const PREFIX = "pre_";
const JOINED = PREFIX + "fix";
const SHIFTED = 1 << 10;

export function main(): void {
  PrintString(`${LIMIT} ${DOUBLE_LIMIT} ${NEG} ${MASK} ${SHIFTED}`);
  PrintString(FloatToString(HALF + ONE, 0, 2));
  PrintString(PREFIX + JOINED);
  const local: int = DOUBLE_LIMIT / 5;
  PrintString(IntToString(local));
}
