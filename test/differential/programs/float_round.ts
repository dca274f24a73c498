// floats are 32-bit: 0.1 + 0.2, 16777217, 1/3 and accumulated error
export function main(): void {
  const a: float = 0.1;
  const b: float = 0.2;
  PrintString(FloatToString(a + b, 0, 9));
  const big: float = 16777217.0;
  PrintString(FloatToString(big, 0, 1));
  PrintString(FloatToString(big + 1.0, 0, 1));
  const third: float = 1.0 / 3.0;
  PrintString(FloatToString(third, 0, 9));
  PrintString(FloatToString(third * 3.0, 0, 9));
  let acc: float = 0.0;
  for (let i: int = 0; i < 1000; i++) acc += 0.001;
  PrintString(FloatToString(acc, 0, 9));
  PrintString(FloatToString(16777216.0 + 1.0, 0, 1));
  PrintString(FloatToString(1.0e10 + 1.0, 0, 1));
}
