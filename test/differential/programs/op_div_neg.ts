// integer division truncates toward zero for every sign combination
export function main(): void {
  let s: string = "";
  for (let a: int = -7; a <= 7; a += 2) {
    s += IntToString(a / 2) + " ";
  }
  PrintString(s);
  s = "";
  for (let b: int = -3; b <= 3; b++) {
    if (b == 0) continue;
    s += IntToString(10 / b) + "," + IntToString(-10 / b) + " ";
  }
  PrintString(s);
  const big: int = 2147483647;
  PrintString(IntToString(big / -1) + " " + IntToString(big / 2) + " " + IntToString(-big / 2));
}
