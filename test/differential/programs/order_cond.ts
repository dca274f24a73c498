// calls with side effects inside && || ?: operands run only when TypeScript evaluates them
let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Pair2(a: int, b: int): int {
  return a * 10 + b;
}

function Probe(label: string, v: int): int {
  PrintString(label);
  return v;
}

export function main(): void {
  const both: boolean = Probe("a", 0) != 0 && Pair2(Next(), Next()) > 3;
  PrintString(`${both ? 1 : 0} ${gCounter}`);
  const either: boolean = Probe("b", 1) != 0 || Pair2(Next(), Next()) > 3;
  PrintString(`${either ? 1 : 0} ${gCounter}`);
  const third: boolean = Probe("c", 1) != 0 && Pair2(Next(), Next()) > 3;
  PrintString(`${third ? 1 : 0} ${gCounter}`);
  const pick: int = third ? Pair2(Next(), Next()) : Pair2(100, Next());
  PrintString(`${pick} ${gCounter}`);
  const other: int = !third ? Pair2(Next(), Next()) : Pair2(Next(), 0);
  PrintString(`${other} ${gCounter}`);
}
