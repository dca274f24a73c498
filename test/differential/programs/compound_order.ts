// a compound assignment reads its target before evaluating the value (which may change it)
let gScore: int = 1;
let gText: string = "start";

function Raise(): int {
  gScore += 10;
  return 2;
}

function Append(): string {
  gText = "replaced";
  return "+tail";
}

export function main(): void {
  gScore += Raise();
  PrintString(IntToString(gScore));
  gScore *= Raise();
  PrintString(IntToString(gScore));
  gText += Append();
  PrintString(gText);
  let x: int = 1;
  x += (x = 5) + x;
  PrintString(IntToString(x));
}
