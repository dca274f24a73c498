// switch on negative values, zero and large labels; labels from shifts and bit operations
function Bucket(n: int): int {
  switch (n) {
    case -8 >> 2:
      return 1;
    case -1:
      return 2;
    case 0:
      return 3;
    case 1 << 30:
      return 4;
    case ~0xFF:
      return 5;
    default:
      return 0;
  }
}

export function main(): void {
  PrintString(`${Bucket(-2)} ${Bucket(-1)} ${Bucket(0)} ${Bucket(1073741824)} ${Bucket(-256)} ${Bucket(-3)}`);
}
