// do/while: the body runs before the first test; continue jumps to the test.
export function main(): void {
  let n: int = 0;
  do {
    n += 10;
  } while (n < 30);
  let odd: int = 0;
  let i: int = 0;
  do {
    i++;
    if (i % 2 == 0) continue;
    odd += i;
  } while (i < 9);
  do n--; while (n > 0);
  PrintString(IntToString(n + odd));
}
