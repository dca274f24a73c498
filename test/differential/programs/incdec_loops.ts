// ++ and -- in loop conditions and updates
export function main(): void {
  let i: int = 5;
  let s: string = "";
  while (i-- > 0) s += IntToString(i);
  PrintString(s + " " + IntToString(i));
  i = 0;
  s = "";
  while (++i < 5) s += IntToString(i);
  PrintString(s + " " + IntToString(i));
  let n: int = 0;
  do n += 2; while (--i > 0);
  PrintString(IntToString(n) + " " + IntToString(i));
  for (let k: int = 10; k > 0; k--) if (k % 4 == 0) s += IntToString(k);
  PrintString(s);
}
