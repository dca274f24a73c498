// locals and parameters named like globals hide them only inside their scope
let gN: int = 1;
let value: int = 10;

function UsesParam(value: int): int {
  return value + gN;
}

function UsesLocal(): int {
  const gN: int = 100;
  return gN + value;
}

function ChangesGlobal(): void {
  value += 5;
}

export function main(): void {
  PrintString(IntToString(UsesParam(2)) + " " + IntToString(UsesLocal()));
  ChangesGlobal();
  {
    const value: int = -1;
    PrintString(IntToString(value));
  }
  PrintString(IntToString(value) + " " + IntToString(gN));
}
