// unary minus on ints and floats, double negation, ~ and ! combined
function B(b: boolean): string {
  return b ? "T" : "F";
}

export function main(): void {
  const a: int = 5;
  const f: float = 2.5;
  PrintString(`${-a} ${-(-a)} ${-(a + 3)} ${~a} ${-~a} ${~-a}`);
  PrintString(B(!a) + B(!!a) + B(!-a) + B(!(a - 5)));
  PrintString(FloatToString(-f, 0, 2) + " " + FloatToString(-(-f), 0, 2) + " " + FloatToString(-(f * 2.0), 0, 2));
  const z: float = 0.0;
  PrintString(FloatToString(-z, 0, 1));
}
