// << on ints: into and past the sign bit, of negative values
function Shl(a: int, n: int): int {
  return a << n;
}

export function main(): void {
  PrintString(`${Shl(1, 0)} ${Shl(1, 30)} ${Shl(1, 31)} ${Shl(3, 31)}`);
  PrintString(`${Shl(-1, 4)} ${Shl(-5, 2)} ${Shl(0x40000000, 1)} ${Shl(0x7FFFFFFF, 1)}`);
  PrintString(`${1 << 31} ${-3 << 3} ${5 << 0}`);
}
