// a for update and a do/while condition that need temporaries (calls with side effects)
let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Pair2(a: int, b: int): int {
  return a * 10 + b;
}

export function main(): void {
  let log: string = "";
  for (let i: int = 0; i < 100; i = Pair2(Next(), Next())) log += IntToString(i) + " ";
  PrintString(log + IntToString(gCounter));
  let n: int = 0;
  do {
    n++;
  } while (Pair2(Next(), Next()) < 150);
  PrintString(IntToString(n) + " " + IntToString(gCounter));
}
