// functions returning structs and vectors, used directly in expressions
interface Range {
  lo: int;
  hi: int;
}

function MakeRange(a: int, b: int): Range {
  if (a < b) return { lo: a, hi: b };
  return { lo: b, hi: a };
}

function Mid(v1: vector, v2: vector): vector {
  return Vector((v1.x + v2.x) / 2.0, (v1.y + v2.y) / 2.0, (v1.z + v2.z) / 2.0);
}

export function main(): void {
  const r: Range = MakeRange(9, 4);
  PrintString(`${r.lo}..${r.hi}`);
  PrintString(IntToString(MakeRange(-3, -8).lo));
  const m: vector = Mid(Vector(0.0, 0.0, 0.0), Vector(3.0, 5.0, -1.0));
  PrintString(FloatToString(m.x, 0, 2) + " " + FloatToString(m.y, 0, 2) + " " + FloatToString(m.z, 0, 2));
  PrintString(FloatToString(Mid(m, m).y, 0, 3));
}
