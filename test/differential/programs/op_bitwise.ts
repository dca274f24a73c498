// & | ^ ~ on positive and negative ints, including the sign bit
function Bits(a: int, b: int): string {
  return `${a & b} ${a | b} ${a ^ b} ${~a}`;
}

export function main(): void {
  PrintString(Bits(12, 10));
  PrintString(Bits(-1, 255));
  PrintString(Bits(-2147483648, 2147483647));
  PrintString(Bits(0x0F0F0F0F, -252645136));
  PrintString(IntToString(~0) + " " + IntToString(~-1) + " " + IntToString(~2147483647));
}
