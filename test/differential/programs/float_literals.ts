// float literals whose shortest text the official compiler reads as another float (digit by digit in float32)
export function main(): void {
  const a: float = 3.14159;
  PrintString(FloatToString(a, 0, 9));
  const b: float = 0.9;
  PrintString(FloatToString(b, 0, 9));
  const c: float = 123456.789;
  PrintString(FloatToString(c, 0, 9));
  const d: float = 0.05;
  PrintString(FloatToString(d, 0, 9));
  const e: float = 0.001;
  PrintString(FloatToString(e * 1000.0, 0, 9));
}
