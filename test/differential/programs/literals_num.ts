// numeric literals: hex, octal, binary, separators, negative and extreme ints, float forms
export function main(): void {
  const h: int = 0x1F + 0XaB;
  const o: int = 0o17 + 0O7;
  const b: int = 0b1010 + 0B11;
  const n: int = -0x10;
  const all: int = 0xFFFFFFFF;
  const big: int = 1_000_000;
  PrintString(`${h} ${o} ${b} ${n} ${all} ${big}`);
  const min: int = -2147483648;
  const max: int = 2147483647;
  PrintString(`${min} ${max}`);
  const f1: float = 1.5e3;
  const f2: float = .5;
  const f3: float = 1e-7;
  const f4: float = 3.14159;
  PrintString(FloatToString(f1, 0, 1) + " " + FloatToString(f2, 0, 1) + " " + FloatToString(f3, 0, 9) + " " + FloatToString(f4, 0, 5));
}
