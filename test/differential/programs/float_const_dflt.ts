// a default parameter value naming a const float: the same value as the const itself
const PI: float = 3.14159265;

function Area(r: float = PI): float {
  return r * r * PI;
}

export function main(): void {
  PrintString(FloatToString(Area(), 0, 6) + " " + FloatToString(Area(PI), 0, 6));
}
