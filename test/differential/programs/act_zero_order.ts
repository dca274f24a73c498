// zero delays, AssignCommand and DelayCommand interleave in the order they were queued
function Note(s: string): void {
  PrintString(s);
}

export function main(): void {
  DelayCommand(0.0, () => Note("delay 0 a"));
  AssignCommand(GetModule(), () => Note("assign a"));
  DelayCommand(0.0, () => Note("delay 0 b"));
  AssignCommand(OBJECT_SELF, () => Note("assign self"));
  DelayCommand(0.001, () => Note("delay 0.001"));
  PrintString("main");
}
