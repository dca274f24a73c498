// for loops declaring their variable with let: reused names, other types, two variables, nesting
export function main(): void {
  let total: int = 0;
  for (let i: int = 0; i < 3; i++) total += i;
  for (let i: int = 10; i > 0; i -= 2) {
    total -= i;
  }
  PrintString(IntToString(total));
  let count: int = 0;
  for (let i: float = 0.0; i < 2.0; i += 0.5) {
    count++;
  }
  PrintString(IntToString(count));
  for (let i: int = 0; i < 3; i++) {
    for (let j: int = 0; j < 3; j++) {
      total += i * j;
    }
  }
  PrintString(IntToString(total));
  for (let lo: int = 0, hi: int = 10; lo < hi; lo++) {
    PrintString(`${lo}-${hi}`);
    hi--;
  }
  for (let s: string = "a"; GetStringLength(s) < 4; s += "b") PrintString(s);
}
