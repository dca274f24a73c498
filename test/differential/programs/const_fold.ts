// constant expressions folded with 32-bit meaning: overflow, division, shifts, mixed with run-time values
const A = 2147483647 + 1;
const B = 65536 * 65536;
const C = -2147483648 - 1;
const D = (1 << 31) >> 31;
const E = ~0 >> 1;
const F = 100 / 7 % 3;
const G = -100 / 7;
const H: float = 1.0 / 4.0;

function Id(n: int): int {
  return n;
}

export function main(): void {
  PrintString(`${A} ${B} ${C} ${D} ${E} ${F} ${G}`);
  PrintString(`${Id(2147483647) + 1} ${Id(65536) * 65536} ${Id(-2147483648) - 1} ${Id(1 << 31) >> 31} ${Id(~0) >> 1} ${Id(100) / 7 % 3} ${Id(-100) / 7}`);
  PrintString(FloatToString(H, 0, 3));
}
