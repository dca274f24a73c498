// ++ and -- on struct fields, nested fields and globals
interface Counter {
  hits: int;
  misses: int;
}

interface Holder {
  c: Counter;
  n: int;
}

let gTicks: int = 0;

export function main(): void {
  const c: Counter = { hits: 0, misses: 10 };
  c.hits++;
  ++c.hits;
  --c.misses;
  const h: Holder = { c: c, n: 0 };
  h.c.hits++;
  const old: int = h.c.misses--;
  gTicks++;
  const d: int = gTicks++;
  const e: int = ++gTicks;
  PrintString(`${c.hits} ${c.misses} ${h.c.hits} ${h.c.misses} ${old} ${gTicks} ${d} ${e}`);
}
