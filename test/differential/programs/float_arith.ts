// float + - * / with negative values, tiny and large magnitudes, overflow to infinity
function Show(a: float, b: float): void {
  PrintString(FloatToString(a + b, 0, 6) + " " + FloatToString(a - b, 0, 6) + " " + FloatToString(a * b, 0, 6) + " " + FloatToString(a / b, 0, 6));
}

export function main(): void {
  Show(7.5, 2.0);
  Show(-7.5, 2.0);
  Show(1.0, 3.0);
  Show(0.5 / 1024.0, 1000000.0);
  Show(123456.75, -0.125);
  Show(0.1, 0.7);
  const huge: float = 1.0e30;
  PrintString(FloatToString(huge * huge, 0, 1));
  PrintString(FloatToString(-huge * huge, 0, 1));
}
