// boolean is NWScript's int: true/false become TRUE/FALSE, comparisons and ! give 0 or 1.
let gDone: boolean = false;

function IsBig(n: int): boolean {
  return n > 10;
}

function Check(strict: boolean = true): int {
  return strict ? 1 : 0;
}

export function main(): void {
  const t: boolean = true;
  let f = false;
  f = !t;
  if (IsBig(GetLocalInt(OBJECT_SELF, "n")) && !gDone) gDone = true;
  while (f) {
    f = false;
  }
  PrintString(IntToString(Check() + Check(false) + (t ? 1 : 0)));
}
