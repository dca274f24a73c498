// ActionDoCommand queues on the runner's action queue; it runs with the saved locals
function Step(label: string, n: int): void {
  PrintString(label + " " + IntToString(n));
}

export function main(): void {
  let n: int = 1;
  ActionDoCommand(() => Step("action", n));
  n = 2;
  ActionDoCommand(() => Step("action", n));
  DelayCommand(0.5, () => Step("delay", n));
  PrintString("main");
}
