// OBJECT_SELF inside delayed and assigned commands, compared with objects saved in locals
function Compare(label: string, saved: object): void {
  PrintString(label + " same=" + IntToString(OBJECT_SELF == saved ? 1 : 0));
}

export function main(): void {
  const me: object = OBJECT_SELF;
  const m: object = GetModule();
  DelayCommand(1.0, () => Compare("delay self", me));
  AssignCommand(m, () => Compare("assign module", m));
  AssignCommand(m, () => Compare("assign module vs runner", me));
  Compare("main", me);
}
