// object values: validity, equality, OBJECT_INVALID, module, locals holding objects
function Describe(o: object): string {
  if (!GetIsObjectValid(o)) return "invalid";
  if (o == GetModule()) return "module";
  return "other";
}

export function main(): void {
  const none: object = OBJECT_INVALID;
  let o!: object;
  PrintString(Describe(none) + " " + Describe(o) + " " + Describe(GetModule()) + " " + Describe(OBJECT_SELF));
  PrintString(IntToString(none == o ? 1 : 0) + IntToString(OBJECT_SELF != GetModule() ? 1 : 0));
  o = GetModule();
  PrintString(Describe(o));
}
