// a delayed command that changes a global and schedules another: the second sees the change
let gStep: int = 0;

function Step(label: string): void {
  gStep++;
  PrintString(label + " sees " + IntToString(gStep));
  if (gStep < 4) DelayCommand(1.0, () => Step(label + "+"));
}

export function main(): void {
  gStep = 10;
  DelayCommand(1.0, () => Step("a"));
  gStep = 0;
  DelayCommand(1.5, () => Step("b"));
  PrintString("main " + IntToString(gStep));
}
