// for loops counting up, down and by steps, with an outer loop variable
export function main(): void {
  let i: int;
  let s: string = "";
  for (i = 0; i < 5; i++) s += IntToString(i);
  PrintString(s + " then i=" + IntToString(i));
  s = "";
  for (i = 10; i > 0; i -= 3) s += IntToString(i) + ",";
  PrintString(s);
  let total: int = 0;
  for (i = 1; i <= 100; i *= 2) total += i;
  PrintString(IntToString(total));
  for (i = 5; i < 5; i++) PrintString("never");
}
