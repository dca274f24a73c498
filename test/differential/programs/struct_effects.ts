// struct and vector literals whose fields have side effects, built in source order
interface Trio {
  a: int;
  b: string;
  c: int;
}

let gCounter: int = 0;

function Next(): int {
  gCounter++;
  return gCounter;
}

function NextF(): float {
  gCounter++;
  return IntToFloat(gCounter);
}

function Make(): Trio {
  return { c: Next(), b: IntToString(Next()), a: Next() };
}

export function main(): void {
  const t: Trio = Make();
  PrintString(`${t.a} ${t.b} ${t.c}`);
  const v: vector = { x: NextF(), y: 0.5, z: NextF() };
  PrintString(FloatToString(v.x, 0, 1) + " " + FloatToString(v.z, 0, 1));
  const u: Trio = { a: gCounter, b: "x", c: Next() };
  PrintString(`${u.a} ${u.c}`);
}
