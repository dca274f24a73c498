// empty strings: concatenation, length, comparison, GetSubString of "", templates
export function main(): void {
  const e: string = "";
  let s: string = e + e;
  PrintString("[" + s + "]");
  PrintString(IntToString(GetStringLength(e)) + " " + IntToString(GetStringLength(s + "x" + e)));
  PrintString(`[${e}][${GetSubString(e, 0, 3)}][${GetSubString("abc", 3, 1)}]`);
  s += "";
  if (s == "") PrintString("still empty");
  PrintString("");
  PrintString(`${e}`);
}
