// AssignCommand runs the call with the target as OBJECT_SELF, after main, in queue order
function WhoAmI(label: string): void {
  const isModule: int = OBJECT_SELF == GetModule() ? 1 : 0;
  PrintString(label + " module=" + IntToString(isModule) + " valid=" + IntToString(GetIsObjectValid(OBJECT_SELF)));
}

export function main(): void {
  WhoAmI("main");
  AssignCommand(GetModule(), () => WhoAmI("assigned"));
  DelayCommand(1.0, () => WhoAmI("delayed"));
  AssignCommand(GetModule(), () => DelayCommand(1.0, () => WhoAmI("assigned then delayed")));
  PrintString("main ends");
}
