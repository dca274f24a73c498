// FloatToString with default and explicit widths and decimals, padding and rounding
export function main(): void {
  const f: float = 3.25;
  PrintString("[" + FloatToString(f) + "]");
  PrintString("[" + FloatToString(f, 0) + "]");
  PrintString("[" + FloatToString(f, 10, 2) + "]");
  PrintString("[" + FloatToString(f, 4, 0) + "]");
  PrintString("[" + FloatToString(-f, 8, 3) + "]");
  PrintString("[" + FloatToString(f, 1, 9) + "]");
  PrintString("[" + FloatToString(1.0 / 3.0, 18, 9) + "]");
  PrintString("[" + FloatToString(2.5, 0, 0) + "][" + FloatToString(3.5, 0, 0) + "][" + FloatToString(0.125, 0, 2) + "]");
  PrintString("[" + FloatToString(123456792.0, 18, 1) + "]");
  PrintString("[" + FloatToString(0.0) + "]");
  PrintString("[" + FloatToString(-0.5, 0, 0) + "][" + FloatToString(0.1, 0, 1) + "][" + FloatToString(0.1, 3, 9) + "]");
}
