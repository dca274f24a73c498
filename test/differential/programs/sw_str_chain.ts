// switch on string without fallthrough: each clause ends in break or return; default in the middle
function Code(s: string): int {
  switch (s) {
    case "a":
      return 1;
    case "b":
    case "c":
      PrintString("b or c");
      break;
    default:
      PrintString("other " + s);
      break;
    case "d":
      return 4;
  }
  return 0;
}

export function main(): void {
  PrintString(IntToString(Code("a")));
  PrintString(IntToString(Code("b")));
  PrintString(IntToString(Code("c")));
  PrintString(IntToString(Code("d")));
  PrintString(IntToString(Code("e")));
  PrintString(IntToString(Code("")));
}
