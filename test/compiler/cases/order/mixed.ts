// Evaluation order where effects meet: a post-increment beside a call that reads it, nested calls,
// a struct literal, an assignment and a vector literal among arguments, template spans, && chains,
// nested conditionals, a switch subject, and a loop variable captured by an action per iteration.
let g: int = 0;
let gX: int = 0;
let log: string = "";
function N(tag: string): int { g++; log += tag; return g; }
function ReadX(): int { log += "r"; return gX; }
function P2(a: int, b: int): int { return a * 100 + b; }
interface Pt { x: int; y: int; }
function Sum(p: Pt): int { return p.x * 10 + p.y; }
function Show(i: int): void { PrintString("show" + IntToString(i)); }
export function main(): void {
  const a: int = P2(gX++, ReadX());
  PrintString(`${a} ${gX} ${log}`);
  const b: int = P2(P2(N("a"), N("b")), P2(N("c"), N("d")));
  PrintString(`${b} ${log}`);
  const c: int = P2(N("e"), Sum({ x: N("f"), y: N("g") }));
  PrintString(`${c} ${log}`);
  let x: int = 0;
  const d: int = P2(x = N("h"), x);
  PrintString(`${d} ${x} ${log}`);
  PrintString(`${N("i")}-${N("j")}-${P2(N("k"), N("l"))}`);
  const v: vector = { x: IntToFloat(N("m")), y: 0, z: IntToFloat(N("n")) };
  PrintString(FloatToString(v.x, 0, 0) + FloatToString(v.z, 0, 0) + log);
  const ok: boolean = N("o") > 0 && P2(N("p"), N("q")) > 0 && P2(N("r"), N("s")) < 0;
  PrintString(`${ok ? 1 : 0} ${log}`);
  const t: int = N("t") % 2 == 0 ? (N("u") % 2 == 0 ? P2(N("v"), N("w")) : 1) : P2(N("x"), g);
  PrintString(`${t} ${log}`);
  if (g > 0 && (x = N("y")) > 2) PrintString(`x=${x}`);
  const p: Pt = g > 100 ? { x: 1, y: 2 } : { x: N("z"), y: g };
  PrintString(`${p.x} ${p.y}`);
  switch (N("!") % 3) {
    case 0: PrintString("zero"); break;
    case 1: PrintString("one"); break;
    default: PrintString("two");
  }
  for (let i: int = 0; i < 3; i++) DelayCommand(1.0, () => Show(i));
}
