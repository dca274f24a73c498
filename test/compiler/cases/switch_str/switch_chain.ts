// switch on a string (NWScript has none): clauses that do not fall through become an if/else-if
// chain; stacked labels join with ||; the default clause, wherever it stands, is the final else.
function Code(s: string): int {
  switch (s) {
    case "a":
      return 1;
    case "b":
    case "c":
      PrintString("b or c");
      break;
    default:
      PrintString("other");
      break;
    case "d":
      return 4;
  }
  return 0;
}

export function main(): void {
  // The subject is evaluated once, before the tests.
  switch (GetTag(OBJECT_SELF)) {
    case "guard":
      PrintString("halt");
      break;
    case "merchant":
      PrintString("buy");
      break;
  }
  PrintString(IntToString(Code(GetName(OBJECT_SELF))));
}
