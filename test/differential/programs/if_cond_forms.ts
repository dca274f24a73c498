// conditions of every form: int values, booleans, calls, negations and string comparisons
function Zero(): int {
  return 0;
}

export function main(): void {
  const n: int = 5;
  const s: string = "abc";
  if (n) PrintString("int 5 is true");
  if (!Zero()) PrintString("!0 is true");
  if (-1) PrintString("-1 is true");
  if (n - 5) PrintString("never"); else PrintString("0 is false");
  if (s == "abc") PrintString("string equal");
  if (s != "ABC") PrintString("string case differs");
  if (s == "") PrintString("never"); else PrintString("not empty");
  if ((n & 4) != 0) PrintString("bit 2 set");
  if (n > 3 == true) PrintString("comparison equals true");
}
