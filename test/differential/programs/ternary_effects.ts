// ?: whose branches call functions with effects on globals and build strings, nested in arguments
let gLog: string = "";

function T(tag: string, v: int): int {
  gLog += tag;
  return v;
}

function Pair(a: int, b: int): string {
  return IntToString(a) + "/" + IntToString(b);
}

export function main(): void {
  const x: string = Pair(T("a", 1) > 0 ? T("b", 2) : T("c", 3), T("d", 0) > 0 ? T("e", 4) : T("f", 5));
  PrintString(x + " " + gLog);
  gLog = "";
  const y: int = (T("g", 0) != 0 ? T("h", 1) : T("i", 0)) != 0 ? T("j", 7) : T("k", 8) + T("l", 9);
  PrintString(IntToString(y) + " " + gLog);
}
