// TypeScript reads the target of a compound assignment before the value: when the value
// changes the target, the old value is saved first. An assignment used as a value becomes a
// statement followed by a read.
let gScore: int = 1;

function Raise(): int {
  gScore += 10;
  return 2;
}

export function main(): void {
  gScore += Raise();
  let x: int = 1;
  const a: int = x + (x = 5);
  const b: int = (x = 7) + 1;
  let y: int = 0;
  y = x = 3;
  PrintString(IntToString(gScore + a + b + x + y));
}
