// a global and a function named like engine constants and functions, shadowed by a local
let TRUE_VALUE: int = 2;
let OBJECT_TYPE_CREATURE: int = 99;

function Random(n: int): int {
  return n * 1000;
}

export function main(): void {
  PrintString(IntToString(Random(4)) + " " + IntToString(OBJECT_TYPE_CREATURE) + " " + IntToString(TRUE_VALUE));
  const TRUE_VALUE_: int = 5;
  PrintString(IntToString(TRUE_VALUE_ + TRUE_VALUE));
}
