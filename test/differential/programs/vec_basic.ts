// vectors: literals, Vector(), component reads and writes, copies
function Show(v: vector): string {
  return FloatToString(v.x, 0, 2) + "," + FloatToString(v.y, 0, 2) + "," + FloatToString(v.z, 0, 2);
}

function Up(): vector {
  return { x: 0, y: 0, z: 1 };
}

export function main(): void {
  const a: vector = Vector(1.0, 2.0, 3.0);
  let b: vector = Vector();
  b.x = 0.5;
  b.y += 1;
  const c: vector = { x: 1, y: 2.5, z: 3 };
  const d: vector = { x: -1, y: 0, z: -0.25 };
  PrintString(Show(a) + " " + Show(b) + " " + Show(c) + " " + Show(d));
  const e: vector = a;
  e.z = 30.0;
  PrintString(Show(a) + " " + Show(e) + " " + Show(Up()));
  const n: float = a.x;
  const f: vector = { x: n, y: n * 2.0, z: -n };
  PrintString(Show(f));
}
