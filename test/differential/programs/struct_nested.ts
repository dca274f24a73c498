// nested structs: a struct holding a struct and a vector, chained access, copies of inner parts
interface Inner {
  v: int;
  s: string;
}

interface Outer {
  inner: Inner;
  pos: vector;
  n: int;
}

interface Top {
  o: Outer;
  tag: string;
}

export function main(): void {
  const o: Outer = { inner: { v: 5, s: "x" }, pos: { x: 1, y: 2, z: 3 }, n: 1 };
  o.inner.v = 6;
  o.pos.z = 9;
  const i: Inner = o.inner;
  i.v = 100;
  PrintString(`${i.s} ${i.v} ${o.inner.v} ${FloatToString(o.pos.z, 0, 1)}`);
  const t: Top = { o: o, tag: "top" };
  t.o.inner.s = "deep";
  PrintString(`${t.o.inner.s} ${o.inner.s} ${t.tag} ${t.o.n}`);
  const copy: Top = t;
  copy.o.pos.x = -4;
  PrintString(FloatToString(copy.o.pos.x, 0, 1) + " " + FloatToString(t.o.pos.x, 0, 1));
}
