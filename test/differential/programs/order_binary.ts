// operands of binary operators are evaluated left to right, also inside string building
let gLog: string = "";

function V(tag: string, v: int): int {
  gLog += tag;
  return v;
}

function S(tag: string): string {
  gLog += tag;
  return tag;
}

export function main(): void {
  const a: int = V("a", 1) + V("b", 2) * V("c", 3) - V("d", 4);
  PrintString(`${a} ${gLog}`);
  gLog = "";
  const b: int = (V("a", 8) / V("b", 2)) % V("c", 3) << V("d", 1);
  PrintString(`${b} ${gLog}`);
  gLog = "";
  const s: string = S("1") + S("2") + (S("3") + S("4"));
  PrintString(s + " " + gLog);
  gLog = "";
  const c: boolean = V("x", 1) < V("y", 2) == V("z", 3) > V("w", 1);
  PrintString((c ? "T " : "F ") + gLog);
  gLog = "";
  PrintString(`${V("p", 1)}${S("q")}${V("r", 2)} ${gLog}`);
}
