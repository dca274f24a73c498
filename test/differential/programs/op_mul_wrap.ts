// int multiplication wraps at 32 bits, including products beyond 2^53
export function main(): void {
  const a: int = 65536;
  PrintString(IntToString(a * a));
  PrintString(IntToString(a * a + 5));
  const b: int = 123456789;
  PrintString(IntToString(b * 987654321));
  PrintString(IntToString(2147483647 * 2147483647));
  PrintString(IntToString(-2147483648 * 3));
  let f: int = 1;
  for (let i: int = 1; i <= 20; i++) f *= i;
  PrintString("20! wraps to " + IntToString(f));
  let h: int = 17;
  for (let i: int = 0; i < 10; i++) h = h * 31 + i;
  PrintString(IntToString(h));
}
