// let/const locals: annotated, inferred from their initializer, declared without a value.
interface Pair {
  a: int;
  b: float;
}

export function main(): void {
  const count: int = 3;
  let rate: float = 1.5;
  const label = "x";
  const small = 7;
  const ratio = 0.25;
  const self = OBJECT_SELF;
  const name = GetName(self);
  const here = GetLocation(self);
  let i: int;
  let f: float;
  let s: string;
  let o: object;
  let p: Pair;
  let l: location;
  let first: int = 1, second: int, third = 3;
  i = count + small + first + third;
  second = i;
  rate = rate * ratio;
  f = rate;
  s = label + name;
  o = GetAreaFromLocation(here);
  p = { a: second, b: rate };
  l = here;
  PrintString(s + IntToString(i + p.a) + FloatToString(f) + GetName(o) + IntToString(GetIsObjectValid(GetAreaFromLocation(l))));
}
