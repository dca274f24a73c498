// break and continue in while loops, including while (true) left by break
export function main(): void {
  let total: int = 0;
  let i: int = 0;
  while (i < 100) {
    i++;
    if (i % 2 == 0) continue;
    if (i > 15) break;
    total += i;
  }
  PrintString(`${total} ${i}`);
  let n: int = 27;
  let steps: int = 0;
  while (true) {
    if (n == 1) break;
    if (n % 2 == 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  PrintString(`collatz 27: ${steps} steps`);
  let outer: int = 0;
  while (outer < 3) {
    let inner: int = 0;
    while (true) {
      inner++;
      if (inner > outer) break;
    }
    PrintString(`outer ${outer} inner ${inner}`);
    outer++;
  }
}
