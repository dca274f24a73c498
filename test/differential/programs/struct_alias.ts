// struct and vector values chosen by ?: or passed on by chained assignment are copies, not aliases
interface Pt {
  x: int;
  y: int;
}

function Bump(p: Pt): int {
  p.x += 1000;
  return p.x;
}

export function main(): void {
  const a: Pt = { x: 1, y: 2 };
  const b: Pt = { x: 3, y: 4 };
  const flag: boolean = a.x < b.x;
  const c: Pt = flag ? a : b;
  c.x = -1;
  PrintString(`${a.x} ${b.x} ${c.x}`);
  const r: int = Bump(flag ? b : a);
  PrintString(`${r} ${a.x} ${b.x}`);
  let d: Pt = { x: 0, y: 0 };
  let e: Pt = { x: 0, y: 0 };
  d = e = b;
  e.y = 40;
  d.y = 400;
  PrintString(`${b.y} ${d.y} ${e.y}`);
  const v1: vector = Vector(1.0, 1.0, 1.0);
  const v2: vector = Vector(2.0, 2.0, 2.0);
  const w: vector = flag ? v1 : v2;
  w.x = 9.0;
  PrintString(FloatToString(v1.x, 0, 1) + " " + FloatToString(w.x, 0, 1));
}
