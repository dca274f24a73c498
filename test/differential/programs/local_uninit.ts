// locals declared without a value hold zero values; a declaration in a loop starts fresh each time
interface Rec {
  n: int;
  f: float;
  s: string;
}

export function main(): void {
  let i!: int;
  let f!: float;
  let s!: string;
  let r!: Rec;
  let v!: vector;
  PrintString(`${i} ${FloatToString(f, 0, 1)} [${s}] ${r.n} ${FloatToString(r.f, 0, 1)} [${r.s}] ${FloatToString(v.z, 0, 1)}`);
  i = 5;
  s = "now";
  r.n = 7;
  PrintString(`${i} ${s} ${r.n}`);
  for (let k: int = 0; k < 3; k++) {
    let fresh!: int;
    let acc: int = 100;
    fresh += k;
    acc += fresh;
    PrintString(`${fresh} ${acc}`);
  }
}
