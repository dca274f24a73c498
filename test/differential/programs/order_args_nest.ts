// nested calls whose arguments have side effects: inner calls in TypeScript order
let gLog: string = "";

function L(tag: string, v: int): int {
  gLog += tag;
  return v;
}

function Sum(a: int, b: int, c: int): int {
  return a + b + c;
}

function Cat(a: string, b: string): string {
  return a + b;
}

function S(tag: string): string {
  gLog += tag;
  return tag;
}

export function main(): void {
  const r: int = Sum(L("a", 1), Sum(L("b", 2), L("c", 3), L("d", 4)), L("e", 5));
  PrintString(`${r} ${gLog}`);
  gLog = "";
  const s: string = Cat(Cat(S("1"), S("2")), Cat(S("3"), Cat(S("4"), S("5"))));
  PrintString(s + " " + gLog);
  gLog = "";
  PrintString(IntToString(GetStringLength(Cat(S("x"), S("y"))) + L("z", 10)) + " " + gLog);
}
