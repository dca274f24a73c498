// call arguments with side effects are evaluated left to right, as TypeScript reads them
let gCounter: int = 0;
let gX: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Bump(): int {
  gX++;
  return gX;
}

function Pair2(a: int, b: int): int {
  return a * 10 + b;
}

function Three(a: int, b: int, c: int): int {
  return a * 100 + b * 10 + c;
}

export function main(): void {
  PrintString(IntToString(Pair2(Next(), Next())));
  PrintString(IntToString(Pair2(gX, Bump())));
  PrintString(IntToString(Three(Next(), 5, Next())));
  PrintString(IntToString(Pair2(Next(), gCounter)));
  PrintString(IntToString(Pair2(gCounter, Next())));
  let i: int = 0;
  PrintString(IntToString(Pair2(i++, i++)));
  PrintString(IntToString(Pair2(i, i++)));
  PrintString(IntToString(Three(i, ++i, i)));
}
