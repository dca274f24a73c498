// the conditional operator choosing between structs, vectors and objects
interface Pt {
  x: int;
  y: int;
}

function Pick(first: boolean, a: Pt, b: Pt): Pt {
  return first ? a : b;
}

export function main(): void {
  const a: Pt = { x: 1, y: 2 };
  const b: Pt = { x: 3, y: 4 };
  const c: Pt = Pick(true, a, b);
  c.x = 100;
  const d: Pt = a.x > 0 ? b : a;
  d.y = -4;
  PrintString(`${a.x} ${b.y} ${c.x} ${d.x} ${d.y} ${Pick(false, a, b).x}`);
  const v: vector = a.x > 5 ? Vector(1.0, 1.0, 1.0) : Vector(2.0, 2.0, 2.0);
  const o: object = b.x == 3 ? GetModule() : OBJECT_INVALID;
  PrintString(FloatToString(v.y, 0, 1) + " " + IntToString(GetIsObjectValid(o)));
}
