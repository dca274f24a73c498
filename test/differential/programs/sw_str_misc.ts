// switch on string: empty-string label, case sensitivity, no default, subject evaluated once
let gCalls: int = 0;

function Word(n: int): string {
  gCalls++;
  if (n == 0) return "";
  if (n == 1) return "Guard";
  return "guard";
}

function Say(n: int): void {
  switch (Word(n)) {
    case "":
      PrintString("empty");
      break;
    case "guard":
      PrintString("lower guard");
      break;
    case "GUARD":
      PrintString("upper guard");
      break;
  }
}

export function main(): void {
  Say(0);
  Say(1);
  Say(2);
  PrintString("calls " + IntToString(gCalls));
}
