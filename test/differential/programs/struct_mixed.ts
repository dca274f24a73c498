// a struct with a field of every plain type, including object and a nested struct
interface Part {
  id: int;
}

interface All {
  i: int;
  f: float;
  s: string;
  o: object;
  v: vector;
  p: Part;
}

function Describe(a: All): string {
  return `${a.i} ${FloatToString(a.f, 0, 1)} ${a.s} ${GetIsObjectValid(a.o)} ${FloatToString(a.v.x + a.v.y + a.v.z, 0, 1)} ${a.p.id}`;
}

export function main(): void {
  const a: All = { i: 1, f: 2.0, s: "s", o: GetModule(), v: { x: 1, y: 1, z: 1 }, p: { id: 9 } };
  PrintString(Describe(a));
  const b: All = a;
  b.o = OBJECT_INVALID;
  b.p.id = -9;
  PrintString(Describe(b));
  PrintString(Describe(a));
}
