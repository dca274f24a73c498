// && and || skip their right operand when the left one decides
let gLog: string = "";

function T(tag: string): int {
  gLog += tag;
  return 1;
}

function F(tag: string): int {
  gLog += tag;
  return 0;
}

export function main(): void {
  const a: int = F("a") && T("b");
  const b: int = T("c") || F("d");
  const c: int = T("e") && F("f") && T("g");
  const d: int = F("h") || F("i") || T("j") || T("k");
  const e: int = (F("l") && T("m")) || (T("n") && T("o"));
  PrintString(`${a}${b}${c}${d}${e} ${gLog}`);
  if (T("p") || F("q")) gLog += "!";
  if (F("r") && T("s")) gLog += "?";
  PrintString(gLog);
}
