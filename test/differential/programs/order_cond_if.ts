// conditions of if and else-if run their calls once, in order, and only when reached
let gLog: string = "";

function Test(tag: string, v: int): int {
  gLog += tag;
  return v;
}

function Classify(n: int): string {
  gLog = "";
  if (Test("a", n) < 0) return "neg " + gLog;
  else if (Test("b", n) == 0) return "zero " + gLog;
  else if (Test("c", n) < Test("d", 10)) return "small " + gLog;
  return "big " + gLog;
}

export function main(): void {
  PrintString(Classify(-1));
  PrintString(Classify(0));
  PrintString(Classify(5));
  PrintString(Classify(50));
}
