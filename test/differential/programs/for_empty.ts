// for loops with empty clauses: for (;;), no initialiser, no update, no condition, empty body
export function main(): void {
  let i: int = 0;
  for (;;) {
    if (++i >= 4) break;
  }
  PrintString(IntToString(i));
  for (; i < 10; ) i += 2;
  PrintString(IntToString(i));
  for (i = 0; ; i++) {
    if (i > 5) break;
  }
  PrintString(IntToString(i));
  let sum: int = 0;
  for (; sum < 100; sum += 7) {}
  PrintString(IntToString(sum));
}
