// Random draws from the world's seeded generator in the same order on both sides
export function main(): void {
  let s: string = "";
  for (let i: int = 0; i < 10; i++) s += IntToString(Random(100)) + " ";
  PrintString(s);
  PrintString(IntToString(d6() + d20(2) + Random(1) + Random(0)));
}
