// Numeric literals: hex, octal and binary keep their radix (letter case normalised), decimal
// separators go, floats print in the shortest form that reads back as the same 32-bit float.
export function main(): void {
  const h: int = 0x1F + 0XaB;
  const o: int = 0o17 + 0O7;
  const b: int = 0b1010 + 0B11;
  const n: int = -0x10;
  const all: int = 0xFFFFFFFF;
  const min: int = -2147483648;
  const max: int = 2147483647;
  const big: int = 1_000_000;
  const f1: float = 1.5e3;
  const f2: float = .5;
  const f3: float = 1e-7;
  const f4: float = 0.1;
  const f5: float = 3.14159;
  const f6: float = 16777217;
  PrintString(IntToString(h + o + b + n + all + min + max + big) + FloatToString(f1 + f2 + f3 + f4 + f5 + f6));
}
