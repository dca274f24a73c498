// a long loop (10,000 iterations) of int arithmetic stays within the instruction limit
export function main(): void {
  let sum: int = 0;
  let x: int = 1;
  for (let i: int = 0; i < 10000; i++) {
    x = (x * 75 + 74) % 65537;
    sum += x;
  }
  PrintString(IntToString(sum) + " " + IntToString(x));
}
