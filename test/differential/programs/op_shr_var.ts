// >> of negative values at run time shifts the magnitude (-7 >> 1 is -3)
function Shr(a: int, n: int): int {
  return a >> n;
}

export function main(): void {
  PrintString(`${Shr(7, 1)} ${Shr(-7, 1)} ${Shr(-8, 1)} ${Shr(-1, 1)} ${Shr(-1, 28)}`);
  PrintString(`${Shr(-9, 2)} ${Shr(-2147483647, 30)} ${Shr(2147483647, 30)} ${Shr(-100, 0)}`);
  let v: int = -7;
  v >>= 1;
  PrintString(IntToString(v));
  let s: string = "";
  for (let i: int = -5; i <= 5; i++) s += IntToString(i >> 1) + " ";
  PrintString(s);
}
