// fractional delays order by time; many commands at the same time keep their queue order
function Note(s: string): void {
  PrintString(s);
}

export function main(): void {
  for (let i: int = 0; i < 4; i++) DelayCommand(0.25, () => Note("quarter " + IntToString(i)));
  DelayCommand(0.1, () => Note("0.1"));
  DelayCommand(0.2, () => Note("0.2"));
  DelayCommand(0.3, () => Note("0.3"));
  DelayCommand(0.25 * 4.0, () => Note("1.0 computed"));
  DelayCommand(1.0, () => Note("1.0 literal"));
}
