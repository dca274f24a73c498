// interpolations of a template literal are evaluated left to right
let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Word(): string {
  gCounter += 10;
  return "w" + IntToString(gCounter);
}

export function main(): void {
  PrintString(`${Next()} ${Word()} ${Next()} ${gCounter}`);
  PrintString(`${Word()}${Word()}` + IntToString(Next()));
}
