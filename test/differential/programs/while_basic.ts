// while loops: plain, single-statement body, nested, zero iterations
export function main(): void {
  let n: int = 0;
  while (n < 10) n++;
  PrintString(IntToString(n));
  let total: int = 0;
  let row: int = 0;
  while (row < 4) {
    let col: int = 0;
    while (col < row) {
      total += row * col;
      col++;
    }
    row++;
  }
  PrintString(IntToString(total));
  while (n < 0) {
    PrintString("never");
  }
  let p: int = 1;
  while ((p *= 3) < 1000) {}
  PrintString(IntToString(p));
}
