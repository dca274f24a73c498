// int and float mixed in + - * /: the int is converted and the result is a float
export function main(): void {
  const i: int = 7;
  const f: float = 2.5;
  const sum: float = f + i;
  const diff: float = i - f;
  const prod: float = i * f;
  const quot: float = i / f;
  const quot2: float = f / i;
  PrintString(FloatToString(sum, 0, 4) + " " + FloatToString(diff, 0, 4) + " " + FloatToString(prod, 0, 4) + " " + FloatToString(quot, 0, 4) + " " + FloatToString(quot2, 0, 6));
  const big: int = 16777217;
  const g: float = big * 1.0;
  PrintString(FloatToString(g, 0, 1));
  const h: float = 0.5 + 16777217;
  PrintString(FloatToString(h, 0, 1));
  const k: float = 2 * f + 1;
  PrintString(FloatToString(k, 0, 2));
}
