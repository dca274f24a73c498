// Arithmetic, bitwise, logical and comparison operators with their NWScript meaning: int and
// float mix in + - * / (the result is a float); && and || give 0 or 1.
export function main(): void {
  const i: int = GetLocalInt(OBJECT_SELF, "i");
  const f: float = GetLocalFloat(OBJECT_SELF, "f");
  const sum: float = f + i;
  const diff: float = i - f;
  const twice: float = 2 * f;
  const half: float = i / 2.0;
  const quotient: int = i / 2;
  const rest: int = i % 3;
  const bits: int = (i & 0xF0) | (i ^ 3) | ~i;
  const shifted: int = (i << 2) + (i >> 1);
  const both: int = i && rest;
  const either: int = i || rest;
  const not: boolean = !i;
  const less: boolean = f < sum;
  const same: boolean = GetName(OBJECT_SELF) == "x" || OBJECT_SELF != GetModule();
  PrintString(FloatToString(sum + diff + twice + half) + IntToString(quotient + bits + shifted + both + either));
  if (not || less || same) PrintString("y");
}
