// && and || give 0 or 1 whatever their int operands; ! gives 0 or 1
function Show(a: int, b: int): void {
  const and: int = a && b;
  const or: int = a || b;
  const notA: int = !a ? 1 : 0;
  PrintString(`${a},${b}: ${and} ${or} ${notA}`);
}

export function main(): void {
  Show(0, 0);
  Show(5, 0);
  Show(0, -3);
  Show(7, 9);
  Show(-2147483648, 2);
  const three: int = 3;
  const zero: int = 0;
  const n: int = (three && 4) + (zero || 8) + (three && zero) + (three || zero);
  PrintString(IntToString(n));
}
