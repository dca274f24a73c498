// int overflow on + and - wraps at 32 bits
export function main(): void {
  const max: int = 2147483647;
  const min: int = -2147483648;
  PrintString(IntToString(max + 1));
  PrintString(IntToString(min - 1));
  PrintString(IntToString(max + max));
  PrintString(IntToString(min + min));
  PrintString(IntToString(0 - min));
  let x: int = max;
  x += 10;
  PrintString(`${x}`);
  let sum: int = 0;
  for (let i: int = 0; i < 5; i++) sum += 1000000000;
  PrintString(IntToString(sum));
}
