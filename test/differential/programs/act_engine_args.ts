// engine calls among a delayed call's arguments run when the command runs, not when scheduled
function Show(label: string, n: int): void {
  PrintString(label + " " + IntToString(n));
}

export function main(): void {
  const m: object = GetModule();
  SetLocalInt(m, "count", 1);
  DelayCommand(1.0, () => Show("count at 1.0", GetLocalInt(m, "count")));
  SetLocalInt(m, "count", 2);
  DelayCommand(2.0, () => Show("count at 2.0", GetLocalInt(m, "count") * 10));
  DelayCommand(1.5, () => SetLocalInt(m, "count", 3));
  Show("count now", GetLocalInt(m, "count"));
}
