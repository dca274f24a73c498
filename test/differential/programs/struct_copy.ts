// structs are values: assignment, initialisation and field reads copy; changes do not leak
interface Box {
  n: int;
  s: string;
}

export function main(): void {
  const a: Box = { n: 1, s: "one" };
  const b = a;
  b.n = 2;
  let c: Box = { n: 3, s: "three" };
  c = a;
  c.s = "changed";
  PrintString(`${a.n}${a.s} ${b.n}${b.s} ${c.n}${c.s}`);
  let d: Box = b;
  b.n = 20;
  d.n += 100;
  PrintString(`${b.n} ${d.n}`);
}
