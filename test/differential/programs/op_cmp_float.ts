// float comparisons, with float literals and int literals written where floats are expected
function Cmp(a: float, b: float): string {
  return `${a < b ? 1 : 0}${a <= b ? 1 : 0}${a > b ? 1 : 0}${a >= b ? 1 : 0}${a == b ? 1 : 0}${a != b ? 1 : 0}`;
}

export function main(): void {
  PrintString(Cmp(0.5, 1.5) + " " + Cmp(-0.5, -1.5) + " " + Cmp(2.25, 2.25));
  PrintString(Cmp(0.1 + 0.2, 0.3) + " " + Cmp(1.0 / 3.0 * 3.0, 1.0));
  const f: float = 2.0;
  if (f > 1) PrintString("above 1");
  if (f == 2) PrintString("equals 2");
  if (0 < f) PrintString("0 below");
}
