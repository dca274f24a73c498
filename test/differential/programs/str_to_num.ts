// StringToInt and StringToFloat of well-formed and partial numbers
export function main(): void {
  PrintString(`${StringToInt("12")} ${StringToInt("-12")} ${StringToInt("+7")} ${StringToInt("3.9")} ${StringToInt(" 5")}`);
  PrintString(FloatToString(StringToFloat("2.5"), 0, 3) + " " + FloatToString(StringToFloat("-0.125"), 0, 3) + " " + FloatToString(StringToFloat("1e3"), 0, 1) + " " + FloatToString(StringToFloat("x"), 0, 1));
  const round: float = StringToFloat(FloatToString(0.1, 0, 9));
  PrintString(FloatToString(round, 0, 9));
}
