// int comparisons yield 0 or 1, including at the extremes
function Cmp(a: int, b: int): string {
  return `${a < b ? 1 : 0}${a <= b ? 1 : 0}${a > b ? 1 : 0}${a >= b ? 1 : 0}${a == b ? 1 : 0}${a != b ? 1 : 0}`;
}

function AsInt(b: boolean): int {
  return b ? 7 : 0;
}

export function main(): void {
  PrintString(Cmp(1, 2) + " " + Cmp(2, 1) + " " + Cmp(2, 2));
  PrintString(Cmp(-2147483648, 2147483647) + " " + Cmp(-1, 0));
  const t: boolean = 3 < 4;
  const f: boolean = 3 > 4;
  let count: int = 0;
  if (t == true) count++;
  if (f == false) count++;
  if (t != f) count++;
  PrintString(IntToString(AsInt(t)) + IntToString(AsInt(f)) + IntToString(count));
}
