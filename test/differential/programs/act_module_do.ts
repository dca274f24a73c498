// ActionDoCommand inside commands assigned to the module and delayed on the runner
function Note(tag: string, n: int): void {
  PrintString(tag + " " + IntToString(n));
}

export function main(): void {
  let n: int = 1;
  AssignCommand(GetModule(), () => ActionDoCommand(() => Note("module action", n)));
  n = 2;
  DelayCommand(0.5, () => ActionDoCommand(() => Note("runner action", n)));
  PrintString("main " + IntToString(n));
}
