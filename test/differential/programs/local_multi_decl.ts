// several variables in one declaration, some with values, some without
export function main(): void {
  let a: int = 1, b: int, c = 3;
  const d: string = "d", e: string = "e";
  b = a + c;
  let f: float = 0.5, g: float;
  g = f * 4.0;
  PrintString(`${a} ${b} ${c} ${d}${e} ${FloatToString(g, 0, 1)}`);
}
