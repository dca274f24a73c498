// the subject of a switch is evaluated once, before any label is compared
let gCalls: int = 0;

function Next(): int {
  gCalls++;
  return gCalls;
}

export function main(): void {
  switch (Next()) {
    case 0:
      PrintString("zero");
      break;
    case 1:
      PrintString("one");
      break;
    case 2:
      PrintString("two");
      break;
    default:
      PrintString("other");
  }
  PrintString("calls " + IntToString(gCalls));
  switch (Next() * 10 + Next()) {
    case 23:
      PrintString("23");
      break;
    case 32:
      PrintString("32");
      break;
  }
  PrintString("calls " + IntToString(gCalls));
}
