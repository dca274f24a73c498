// module const floats: the value NWScript keeps for a const float (its %f text), used in expressions
const PI: float = 3.14159265;
const TINY: float = 0.0000004;
const THIRD: float = 1.0 / 3.0;
const BIG: float = 123456.789;

function Area(r: float): float {
  return r * r * PI;
}

export function main(): void {
  PrintString(FloatToString(PI, 0, 9) + " " + FloatToString(TINY, 0, 9) + " " + FloatToString(THIRD, 0, 9) + " " + FloatToString(BIG, 0, 9));
  PrintString(FloatToString(Area(PI), 0, 6) + " " + FloatToString(Area(2.0), 0, 6));
  const local: float = 3.14159265;
  PrintString(FloatToString(local - PI, 0, 9));
}
