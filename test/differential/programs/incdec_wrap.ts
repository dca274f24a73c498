// ++ at INT_MAX and -- at INT_MIN wrap around
export function main(): void {
  let a: int = 2147483647;
  a++;
  PrintString(IntToString(a));
  let b: int = -2147483648;
  b--;
  PrintString(IntToString(b));
  let c: int = 2147483647;
  PrintString(IntToString(++c) + " " + IntToString(c));
  let d: int = -2147483648;
  PrintString(IntToString(d--) + " " + IntToString(d));
  let e: int = 2147483646;
  for (let i: int = 0; i < 3; i++) e++;
  PrintString(IntToString(e));
}
