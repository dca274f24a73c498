// constant subexpressions inside larger expressions: wrapping, division and shifts of literals
function Id(n: int): int {
  return n;
}

export function main(): void {
  PrintString(IntToString((2147483647 + 7) / 2));
  PrintString(IntToString(Id(1) + (2147483647 + 7) / 2));
  PrintString(IntToString(((65536 * 65536) + 5) % 3));
  PrintString(IntToString(Id(0) + (-7 >> 1) * 2));
  PrintString(IntToString(Id(0) + ((-7 >> 1) >> 1)));
  PrintString(FloatToString((0.9 * 2.0) + 0.0, 0, 9));
  PrintString(FloatToString(0.9 * 2.0, 0, 9));
}
