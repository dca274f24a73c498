// IntToString of extremes, zero, negatives; StringToInt reads them back
export function main(): void {
  PrintString(IntToString(0) + " " + IntToString(-0) + " " + IntToString(2147483647) + " " + IntToString(-2147483648));
  PrintString(IntToString(-1) + " " + IntToString(1000000) + " " + IntToString(-987654321));
  PrintString(`${StringToInt("2147483647")} ${StringToInt("-2147483648")} ${StringToInt("  42abc")} ${StringToInt("abc")} ${StringToInt("")} ${StringToInt("-0")}`);
  const s: string = IntToString(-2147483648);
  PrintString(IntToString(GetStringLength(s)) + " " + IntToString(StringToInt(s) - 1));
}
