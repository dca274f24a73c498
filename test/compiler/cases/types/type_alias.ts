// A type alias of an NWScript type is that type; === and !== are NWScript's == and !=.
type Gold = int;

function Pay(amount: Gold): Gold {
  return amount * 2;
}

export function main(): void {
  const o: object = GetModule();
  if (o === OBJECT_SELF || o !== OBJECT_INVALID) PrintString("module");
  const g: Gold = Pay(3);
  if ("a" === GetTag(o)) PrintString(IntToString(g));
}
