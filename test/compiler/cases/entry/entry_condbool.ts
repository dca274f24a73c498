// StartingConditional may return boolean: it becomes int.
export function StartingConditional(): boolean {
  return GetLocalInt(OBJECT_SELF, "visits") > 2 && GetIsPC(GetPCSpeaker()) != 0;
}
