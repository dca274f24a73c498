// every compound assignment on an int
export function main(): void {
  let x: int = 100;
  x += 5;
  PrintString(IntToString(x));
  x -= 3;
  PrintString(IntToString(x));
  x *= 2;
  PrintString(IntToString(x));
  x /= 4;
  PrintString(IntToString(x));
  x %= 7;
  PrintString(IntToString(x));
  x <<= 3;
  PrintString(IntToString(x));
  x >>= 1;
  PrintString(IntToString(x));
  x &= 0xFC;
  PrintString(IntToString(x));
  x |= 0x100;
  PrintString(IntToString(x));
  x ^= 0x0F;
  PrintString(IntToString(x));
  let y: int = -7;
  y >>= 1;
  PrintString(IntToString(y));
  y *= -2147483648;
  PrintString(IntToString(y));
}
