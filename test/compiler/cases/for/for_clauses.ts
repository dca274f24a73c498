// for with empty clauses, an expression initialiser and continue (which still runs the update).
export function main(): void {
  let i: int = 0;
  let sum: int = 0;
  for (;;) {
    if (++i >= 4) break;
  }
  for (; i < 10;) i += 2;
  for (i = 10; i > 0; i -= 3) PrintString(IntToString(i));
  for (i = 0; ; i++) {
    if (i > 5) break;
  }
  for (; sum < 100; sum += 7) {}
  for (i = 0; i < 10; i++) {
    if (i % 3 == 0) continue;
    sum += i;
  }
  PrintString(IntToString(sum) + " " + IntToString(i));
}
