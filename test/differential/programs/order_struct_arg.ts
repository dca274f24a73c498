// struct literal fields and struct arguments with side effects, evaluated in source order
interface Trio {
  a: int;
  b: int;
  c: int;
}

let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function Show(t: Trio): string {
  return `${t.a}${t.b}${t.c}`;
}

function Two(t: Trio, n: int): string {
  return Show(t) + "/" + IntToString(n);
}

export function main(): void {
  const t: Trio = { a: Next(), b: Next(), c: Next() };
  PrintString(Show(t));
  const u: Trio = { c: Next(), a: Next(), b: Next() };
  PrintString(Show(u));
  PrintString(Two({ a: Next(), b: 0, c: Next() }, Next()));
}
