// assignments inside conditions and loop tests, read back afterwards
let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

export function main(): void {
  let n: int = 0;
  let seen: string = "";
  while ((n = Next()) < 5) seen += IntToString(n);
  PrintString(seen + " " + IntToString(n));
  let m: int = 0;
  if ((m = Next() * 2) > 10) PrintString("big " + IntToString(m));
  const k: int = (m = 3) + (m = 4);
  PrintString(IntToString(k) + " " + IntToString(m));
}
