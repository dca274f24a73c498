// == and != on strings: case, empty strings, built strings, prefixes, trailing spaces
export function main(): void {
  const a: string = "abc";
  const b: string = "ab" + "c";
  const e: string = "";
  const spaced: string = "a ";
  const plain: string = "a";
  PrintString(`${a == b ? 1 : 0} ${a != b ? 1 : 0} ${a == "ABC" ? 1 : 0} ${e == "" ? 1 : 0} ${a == "ab" ? 1 : 0}`);
  PrintString(`${GetSubString(a, 0, 0) == e ? 1 : 0} ${IntToString(12) == "12" ? 1 : 0} ${spaced == plain ? 1 : 0} ${spaced != plain ? 1 : 0}`);
}
