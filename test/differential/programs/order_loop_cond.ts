// loop conditions with side-effecting calls are evaluated once per test, in every loop kind
let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Pair2(a: int, b: int): int {
  return a * 10 + b;
}

export function main(): void {
  let i: int = 0;
  while (Pair2(Next(), Next()) < 100) {
    i++;
    if (i == 2) continue;
  }
  PrintString(`while ${i} ${gCounter}`);
  for (i = 0; Pair2(Next(), Next()) < 200; i++) {
    gCounter++;
  }
  PrintString(`for ${i} ${gCounter}`);
  do {
    i--;
  } while (Pair2(Next(), Next()) < 300);
  PrintString(`do ${i} ${gCounter}`);
  let n: int = 0;
  while (Next() % 7 != 0) n++;
  PrintString(`skip ${n} ${gCounter}`);
}
