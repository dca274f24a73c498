// % and / of constants (folded by compilers) agree with the same operations at run time
const A = -7 % 2;
const B = 7 % -2;
const C = -7 / 2;

function Mod(a: int, b: int): int {
  return a % b;
}

function Div(a: int, b: int): int {
  return a / b;
}

export function main(): void {
  PrintString(`${A} ${B} ${C}`);
  PrintString(`${-7 % 2} ${7 % -2} ${-7 / 2} ${-9 % -4}`);
  PrintString(`${Mod(-7, 2)} ${Mod(7, -2)} ${Div(-7, 2)} ${Mod(-9, -4)}`);
}
