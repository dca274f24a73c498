// INT_MIN: negation, division by -1, remainder by -1, absolute value and multiplication wrap
function Div(a: int, b: int): int {
  return a / b;
}

function Mod(a: int, b: int): int {
  return a % b;
}

function Neg(a: int): int {
  return -a;
}

export function main(): void {
  const min: int = -2147483648;
  PrintString(IntToString(Neg(min)));
  PrintString(IntToString(Div(min, -1)));
  PrintString(IntToString(Mod(min, -1)));
  PrintString(IntToString(min * -1));
  PrintString(IntToString(min - 1) + " " + IntToString(min + min));
  PrintString(IntToString(Div(min, 2)) + " " + IntToString(Mod(min, 10)));
}
