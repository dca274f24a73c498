// booleans are NWScript ints: true/false are 1/0, comparisons and ! give 0 or 1
let gDone: boolean = false;

function IsBig(n: int): boolean {
  return n > 10;
}

function AsInt(b: boolean): int {
  return b ? 1 : 0;
}

export function main(): void {
  const t: boolean = true;
  let f = false;
  PrintString(`${AsInt(t)} ${AsInt(f)} ${AsInt(IsBig(11))} ${AsInt(IsBig(10))}`);
  f = !t;
  PrintString(IntToString(AsInt(f)));
  if (IsBig(20) && !gDone) gDone = true;
  PrintString(IntToString(AsInt(gDone)));
  const n: int = IsBig(50) ? 5 : 6;
  let loops: int = 0;
  let go: boolean = true;
  while (go) {
    loops++;
    go = loops < 4;
  }
  PrintString(`${n} ${loops}`);
}
