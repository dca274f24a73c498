// parameters are copies: changing one in the callee leaves the caller's variable alone
interface Box {
  n: int;
  s: string;
}

function Bump(n: int, s: string, b: Box, v: vector): void {
  n += 100;
  s += "!";
  b.n = -1;
  b.s = "changed";
  v.x = 99.0;
  PrintString(`inside ${n} ${s} ${b.n} ${b.s} ${FloatToString(v.x, 0, 1)}`);
}

export function main(): void {
  const n: int = 1;
  const s: string = "s";
  const b: Box = { n: 5, s: "box" };
  const v: vector = Vector(1.0, 2.0, 3.0);
  Bump(n, s, b, v);
  PrintString(`outside ${n} ${s} ${b.n} ${b.s} ${FloatToString(v.x, 0, 1)}`);
}
