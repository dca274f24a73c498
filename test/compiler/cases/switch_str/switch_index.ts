// A string switch whose clauses fall through becomes a switch on the position of the matching
// label (0 when none matches, which reaches default), keeping fallthrough exactly.
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
  }
  return r;
}

export function main(): void {
  PrintString(IntToString(Score(GetTag(OBJECT_SELF))));
}
