// Interfaces with fields of NWScript types become structs; an object literal of that interface
// builds one, in a declaration, as an argument and as a return value.
interface Pair {
  a: int;
  b: float;
  label: string;
}

function MakePair(a: int, b: float): Pair {
  return { a: a, b: b, label: "made" };
}

function Short(a: int, label: string): Pair {
  return { a, b: 0, label };
}

function Sum(p: Pair): float {
  return IntToFloat(p.a) + p.b;
}

export function main(): void {
  const p: Pair = MakePair(2, 0.5);
  const q: Pair = { label: "q", a: 1, b: 2 };
  q.a += p.a;
  let r: Pair = p;
  PrintString(r.label);
  r = Short(q.a, "s");
  PrintString(FloatToString(Sum(p) + Sum({ a: 1, b: 2, label: "arg" })) + r.label + IntToString(MakePair(7, 1).a));
}
