// while loops: plain, left with break, nested, with a single-statement body.
export function main(): void {
  let n: int = 0;
  while (n < 10) n++;
  let total: int = 0;
  while (true) {
    total += n;
    n--;
    if (n <= 0) break;
  }
  let row: int = 0;
  while (row < 3) {
    let col: int = 0;
    while (col < row) {
      total += col;
      col++;
    }
    row++;
  }
  PrintString(IntToString(total));
}
