// negative zero: -0.0, its negation, and arithmetic that keeps or drops the sign
export function main(): void {
  const a: float = -0.0;
  const b: float = -(-0.0);
  const c: float = 0.0 * -1.0;
  const d: float = -c;
  PrintString(FloatToString(a, 0, 1) + " " + FloatToString(b, 0, 1) + " " + FloatToString(c, 0, 1) + " " + FloatToString(d, 0, 1));
  PrintString(FloatToString(a + 0.0, 0, 1) + " " + FloatToString(-a, 0, 1) + " " + IntToString(a == 0.0 ? 1 : 0));
}
