// do/while runs the body once before the first test; continue goes to the test
export function main(): void {
  let n: int = 0;
  do {
    n += 10;
  } while (n < 30);
  PrintString(IntToString(n));
  let once: int = 0;
  do {
    once++;
  } while (false);
  PrintString(IntToString(once));
  let odd: int = 0;
  let i: int = 0;
  do {
    i++;
    if (i % 2 == 0) continue;
    odd += i;
  } while (i < 9);
  PrintString(`${odd} ${i}`);
  do n--; while (n > 0);
  PrintString(IntToString(n));
  let j: int = 0;
  do {
    j++;
    if (j == 5) break;
  } while (true);
  PrintString(IntToString(j));
}
