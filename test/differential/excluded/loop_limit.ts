// a loop of 20,000 iterations (about 400,000 VM instructions) finishes under the 524,288 limit
export function main(): void {
  let sum: int = 0;
  let x: int = 1;
  for (let i: int = 0; i < 20000; i++) {
    x = (x * 75 + 74) % 65537;
    sum += x;
  }
  PrintString(IntToString(sum) + " " + IntToString(x));
}
