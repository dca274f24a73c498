// FloatToInt truncates toward zero; IntToFloat rounds large ints to float precision
export function main(): void {
  PrintString(`${FloatToInt(2.9)} ${FloatToInt(-2.9)} ${FloatToInt(0.5)} ${FloatToInt(-0.5)} ${FloatToInt(1000000.75)}`);
  PrintString(FloatToString(IntToFloat(16777217), 0, 1) + " " + FloatToString(IntToFloat(-2147483647), 0, 1) + " " + FloatToString(IntToFloat(123456789), 0, 1));
  const back: int = FloatToInt(IntToFloat(123456789));
  PrintString(IntToString(back));
  const third: int = FloatToInt(10.0 / 3.0 * 3.0);
  PrintString(IntToString(third));
}
