// ++ and -- on int variables, struct fields and globals, as statements and inside expressions.
interface Counter {
  hits: int;
}

let gTicks: int = 0;

export function main(): void {
  let i: int = 5;
  i++;
  ++i;
  i--;
  --i;
  const a: int = i++ + ++i;
  const b: int = i-- - --i;
  const c: Counter = { hits: 0 };
  c.hits++;
  --c.hits;
  gTicks++;
  const d: int = gTicks++;
  PrintString(IntToString(a) + " " + IntToString(b) + " " + IntToString(i + c.hits + d));
}
