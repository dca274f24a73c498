// A module with `export function StartingConditional(): int` is a conditional.
export function StartingConditional(): int {
  const n: int = GetLocalInt(OBJECT_SELF, "n");
  if (n > 2) return TRUE;
  return FALSE;
}
