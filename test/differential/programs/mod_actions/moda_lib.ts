// include library whose function schedules commands that call back into the library
let gQueued: int = 0;

export function Report(label: string, n: int): void {
  PrintString(label + " " + IntToString(n) + " queued=" + IntToString(gQueued));
}

export function Schedule(label: string, n: int): void {
  gQueued++;
  DelayCommand(IntToFloat(n), () => Report(label, n * 10));
}
