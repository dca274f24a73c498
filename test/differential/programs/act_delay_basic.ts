// DelayCommand runs commands after main, in order of due time, equal times in queue order
function Note(label: string, n: int): void {
  PrintString(label + " " + IntToString(n));
}

export function main(): void {
  DelayCommand(2.0, () => Note("at 2.0", 1));
  DelayCommand(1.0, () => Note("at 1.0 first", 2));
  DelayCommand(0.5, () => Note("at 0.5", 3));
  DelayCommand(1.0, () => Note("at 1.0 second", 4));
  DelayCommand(0.0, () => Note("at 0.0", 5));
  PrintString("main ends");
}
