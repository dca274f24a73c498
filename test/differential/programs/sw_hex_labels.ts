// case labels written in hex, octal, binary and with the sign bit set
function Kind(n: int): string {
  switch (n) {
    case 0xFFFFFFFF:
      return "minus one";
    case 0x80000000:
      return "int min";
    case 0o777:
      return "511";
    case 0b1010:
      return "ten";
    case 0x7FFFFFFF:
      return "int max";
  }
  return "other";
}

export function main(): void {
  PrintString(Kind(-1) + ", " + Kind(-2147483648) + ", " + Kind(511) + ", " + Kind(10) + ", " + Kind(2147483647) + ", " + Kind(0));
}
