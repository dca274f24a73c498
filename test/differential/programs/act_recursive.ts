// a command that reschedules itself: each run saves the globals as that run changed them
let gSum: int = 0;

function Tick(n: int): void {
  gSum += n;
  PrintString("tick " + IntToString(n) + " sum " + IntToString(gSum));
  if (n > 0) DelayCommand(0.5, () => Tick(n - 1));
}

export function main(): void {
  gSum = 1000;
  DelayCommand(0.5, () => Tick(4));
  gSum = 0;
  Tick(2);
  PrintString("main sum " + IntToString(gSum));
}
