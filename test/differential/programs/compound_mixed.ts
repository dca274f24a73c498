// float op= int: the int operand is converted; results stay float32
export function main(): void {
  let f: float = 10.5;
  const i: int = 3;
  f += i;
  PrintString(FloatToString(f, 0, 6));
  f -= i * 2;
  PrintString(FloatToString(f, 0, 6));
  f *= i;
  PrintString(FloatToString(f, 0, 6));
  f /= i;
  PrintString(FloatToString(f, 0, 6));
  const big: int = 16777217;
  let g: float = 0.0;
  g += big;
  PrintString(FloatToString(g, 0, 1));
  g /= 7;
  PrintString(FloatToString(g, 0, 6));
}
