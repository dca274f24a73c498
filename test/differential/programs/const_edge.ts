// constant int expressions at the edges written inline: -INT_MIN, INT_MAX + 1, INT_MIN * -1, shifts
export function main(): void {
  const a: int = -(-2147483648);
  const b: int = 2147483647 + 1;
  const c: int = -2147483648 * -1;
  const d: int = 1 << 31;
  const e: int = (1 << 31) >> 1;
  const f: int = -2147483648 / 2;
  const g: int = -2147483648 % 7;
  PrintString(`${a} ${b} ${c} ${d} ${e} ${f} ${g}`);
}
