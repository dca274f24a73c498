// module locals via Get/SetLocalInt persist between main and delayed commands, unlike globals
let gShadow: int = 0;

function Inc(name: string): void {
  const m: object = GetModule();
  SetLocalInt(m, name, GetLocalInt(m, name) + 1);
  gShadow++;
  PrintString(name + "=" + IntToString(GetLocalInt(m, name)) + " global=" + IntToString(gShadow));
}

export function main(): void {
  const m: object = GetModule();
  PrintString("unset=" + IntToString(GetLocalInt(m, "visits")));
  Inc("visits");
  Inc("visits");
  DelayCommand(1.0, () => Inc("visits"));
  DelayCommand(2.0, () => Inc("visits"));
  SetLocalInt(m, "big", 2147483647);
  SetLocalInt(m, "big", GetLocalInt(m, "big") + 1);
  PrintString("big=" + IntToString(GetLocalInt(m, "big")));
}
