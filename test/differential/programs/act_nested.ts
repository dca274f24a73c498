// delays scheduled by delayed commands count from when they run; nested arrows
function Note(label: string): void {
  PrintString(label);
}

function Chain(depth: int): void {
  PrintString("chain " + IntToString(depth));
  if (depth < 3) DelayCommand(1.0, () => Chain(depth + 1));
}

export function main(): void {
  DelayCommand(1.0, () => DelayCommand(1.0, () => Note("2.0 via nesting")));
  DelayCommand(1.5, () => Note("1.5"));
  DelayCommand(2.5, () => Note("2.5"));
  DelayCommand(0.5, () => Chain(0));
  DelayCommand(3.0, () => AssignCommand(GetModule(), () => Note("3.0 assigned")));
}
