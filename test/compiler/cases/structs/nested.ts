// A struct holding a struct and a vector; chained field access; nested literals. The inner
// struct is declared first whatever the source order.
interface Outer {
  inner: Inner;
  pos: vector;
  n: int;
}

interface Inner {
  v: int;
  s: string;
}

export function main(): void {
  const o: Outer = { inner: { v: 5, s: "x" }, pos: { x: 1, y: 2, z: 3 }, n: 1 };
  o.inner.v = 6;
  o.pos.z = 9;
  const i: Inner = o.inner;
  PrintString(i.s + IntToString(i.v + o.inner.v) + FloatToString(o.pos.z));
}
