// >> whose count is itself a >> of a negative constant: folded constants and run-time values agree
function Id(n: int): int {
  return n;
}

export function main(): void {
  PrintString(IntToString((-2147483647) >> (((-1) >> (2147483647 & 31)) & 31)));
  PrintString(IntToString(Id(-2147483647) >> ((Id(-1) >> (Id(2147483647) & 31)) & 31)));
  PrintString(IntToString((-1) >> 31) + " " + IntToString(Id(-1) >> 31));
  PrintString(IntToString(-5 >> (-1 >> 31)) + " " + IntToString(Id(-5) >> (Id(-1) >> 31)));
  PrintString(IntToString((2147483647 + 1) >> 1) + " " + IntToString((Id(2147483647) + 1) >> 1));
  PrintString(IntToString(((-7 >> 1) >> 1) + Id(0)) + " " + IntToString(-(-2147483647 - 1) >> 30));
}
