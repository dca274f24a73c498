// global initialisers run in declaration order and may call functions that read earlier globals
let gA: int = 10;
let gB: int = gA + 1;
let gC: int = AddAB();
let gD: string = Label(gC);

function AddAB(): int {
  return gA + gB;
}

function Label(n: int): string {
  return "c=" + IntToString(n);
}

export function main(): void {
  PrintString(`${gA} ${gB} ${gC} ${gD}`);
  gA = 100;
  PrintString(IntToString(AddAB()) + " " + IntToString(gC));
}
