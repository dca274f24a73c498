// switch on string whose clauses fall through, with default in the middle
function Score(s: string): int {
  let r: int = 0;
  switch (s) {
    case "a":
      r += 1;
    case "b":
      r += 2;
      break;
    default:
      r = -1;
    case "c":
      r += 7;
    case "d":
      r += 100;
  }
  return r;
}

export function main(): void {
  PrintString(`${Score("a")} ${Score("b")} ${Score("c")} ${Score("d")} ${Score("x")} ${Score("")}`);
}
