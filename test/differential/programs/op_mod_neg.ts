// % with negative operands at run time follows C: the result takes the sign of the dividend
function Mod(a: int, b: int): int {
  return a % b;
}

export function main(): void {
  PrintString(`${Mod(7, 3)} ${Mod(-7, 3)} ${Mod(7, -3)} ${Mod(-7, -3)}`);
  PrintString(`${Mod(-1, 5)} ${Mod(-5, 5)} ${Mod(-6, 5)} ${Mod(0, -5)}`);
  let x: int = -17;
  x %= 4;
  PrintString(IntToString(x));
  PrintString(IntToString(Mod(-2147483648, 3)) + " " + IntToString(Mod(2147483647, -2)));
}
