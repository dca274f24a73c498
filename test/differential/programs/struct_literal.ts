// struct literals: in declarations, as arguments, as return values, fields in any order, shorthand
interface Pair {
  a: int;
  b: float;
  label: string;
}

function MakePair(a: int, b: float): Pair {
  return { a: a, b: b, label: "made" };
}

function Short(a: int, label: string): Pair {
  return { a, b: 0.5, label };
}

function Show(p: Pair): string {
  return `${p.label}:${p.a}:${FloatToString(p.b, 0, 2)}`;
}

export function main(): void {
  const p: Pair = MakePair(2, 0.5);
  const q: Pair = { label: "q", b: 2.0, a: 1 };
  PrintString(Show(p) + " " + Show(q));
  PrintString(Show({ a: -1, b: -1.5, label: "arg" }));
  PrintString(Show(Short(9, "short")));
  PrintString(IntToString(MakePair(7, 1.0).a) + " " + Short(3, "x").label);
}
