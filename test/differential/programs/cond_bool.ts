// a conditional returning boolean: && of comparisons, with module locals read inside
export function StartingConditional(): boolean {
  const m: object = GetModule();
  SetLocalInt(m, "visits", GetLocalInt(m, "visits") + 3);
  PrintString("visits " + IntToString(GetLocalInt(m, "visits")));
  return GetLocalInt(m, "visits") > 2 && GetLocalString(m, "name") == "";
}
