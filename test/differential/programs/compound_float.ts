// compound assignments on floats, with float and int-literal operands
export function main(): void {
  let f: float = 10;
  f += 1;
  PrintString(FloatToString(f, 0, 4));
  f -= 2.5;
  PrintString(FloatToString(f, 0, 4));
  f *= 3;
  PrintString(FloatToString(f, 0, 4));
  f /= 4;
  PrintString(FloatToString(f, 0, 4));
  f /= 3.0;
  PrintString(FloatToString(f, 0, 9));
  let g: float = 0.1;
  for (let i: int = 0; i < 9; i++) g += 0.1;
  PrintString(FloatToString(g, 0, 9));
}
