// string concatenation: chains, with conversions, left to right, in loops
function Join(a: string, b: string): string {
  return a + "," + b;
}

export function main(): void {
  const n: int = 42;
  const f: float = 1.5;
  let s: string = "n=" + IntToString(n) + " f=" + FloatToString(f, 0, 1);
  PrintString(s);
  s = Join(Join("a", "b"), Join("c", ""));
  PrintString(s);
  let line: string = "";
  for (let i: int = 0; i < 10; i++) line = line + IntToString(i % 3);
  PrintString(line);
  PrintString("x" + ("y" + "z") + "w");
}
