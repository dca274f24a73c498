// NWScript evaluates call arguments right to left; TypeScript left to right. Arguments whose
// side effects could be seen in the other order move into temporaries, in TypeScript order;
// the others stay in place.
let x: int = 0;
let counter: int = 0;

function Next(): int {
  counter++;
  return counter;
}

function Bump(): int {
  x++;
  return x;
}

function Pair2(a: int, b: int): int {
  return a * 10 + b;
}

function Three(a: int, b: int, c: int): int {
  return a + b + c;
}

export function main(): void {
  const a: int = Pair2(Next(), Next());
  const b: int = Pair2(x, Bump());
  const c: int = Three(Next(), 5, Next());
  const d: int = Pair2(Next(), counter);
  const e: int = Pair2(counter, Next());
  const f: int = Pair2(a, Next());
  let i: int = 0;
  const g: int = Pair2(i++, i++);
  const h: int = Pair2(i, i++);
  // Binary operands run left to right in both languages: nothing moves.
  PrintString(IntToString(Next()) + IntToString(Next()));
  PrintString(IntToString(a + b + c + d + e + f + g + h));
}
