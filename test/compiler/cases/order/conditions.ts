// Temporaries inside a conditionally evaluated operand (&&, ||, ?:) or a loop condition are
// computed only when, and as often as, TypeScript evaluates that operand.
let counter: int = 0;

function Next(): int {
  counter++;
  return counter;
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
  const either: boolean = Probe("b", 1) != 0 || Pair2(Next(), Next()) > 3;
  const pick: int = both ? Pair2(Next(), Next()) : 0;
  let i: int = 0;
  while (Pair2(Next(), Next()) < 100) {
    i++;
    if (i == 2) continue;
  }
  for (i = 0; Pair2(Next(), Next()) < 200; i++) {
    counter++;
  }
  do {
    i--;
  } while (Pair2(Next(), Next()) < 300);
  PrintString(IntToString(pick + i) + (either ? "y" : "n"));
}
