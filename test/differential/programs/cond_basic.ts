// a conditional: StartingConditional prints, schedules a command and returns an int
let gCalls: int = 0;

function Check(n: int): int {
  gCalls++;
  PrintString("check " + IntToString(n));
  return n > 2 ? TRUE : FALSE;
}

export function StartingConditional(): int {
  DelayCommand(1.0, () => PrintString("queued by the conditional"));
  if (Check(1) != 0) return 10;
  return Check(3) + gCalls * 100;
}
