// Actions: DelayCommand, AssignCommand and ActionDoCommand take an arrow whose body is one call
// returning void; NWScript evaluates that call's arguments when the action runs.
function Note(label: string, n: int): void {
  PrintString(label + IntToString(n));
}

export function main(): void {
  const i: int = 3;
  DelayCommand(1.0, () => Note("delay", i));
  DelayCommand(2, () => Note("int delay", i + 1));
  DelayCommand(0.5 * 2, () => {
    Note("block body", i);
  });
  AssignCommand(GetModule(), () => Note("assign", i));
  ActionDoCommand(() => Note("action", 0));
  DelayCommand(2.0, () => AssignCommand(GetModule(), () => Note("nested", i)));
  AssignCommand(GetModule(), () => DelayCommand(3.0, () => AssignCommand(OBJECT_SELF, () => Note("deep", i))));
  DelayCommand(2.5, () => PrintString("engine call"));
  AssignCommand(GetModule(), () => SetLocalInt(OBJECT_SELF, "marked", 1));
  DelayCommand(4.0, () => Note("marked", GetLocalInt(GetModule(), "marked")));
}
