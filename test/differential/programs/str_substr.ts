// GetSubString with in-range arguments, counts running past the end, and a loop over characters
export function main(): void {
  const s: string = "Neverwinter";
  PrintString(GetSubString(s, 0, 5));
  PrintString(GetSubString(s, 5, 6));
  PrintString(GetSubString(s, 5, 100));
  PrintString(GetSubString(s, 10, 1));
  PrintString("[" + GetSubString(s, 3, 0) + "]");
  let rev: string = "";
  for (let i: int = GetStringLength(s) - 1; i >= 0; i--) rev += GetSubString(s, i, 1);
  PrintString(rev);
  PrintString(GetStringLeft(s, 3) + GetStringRight(s, 3) + IntToString(FindSubString(s, "win")));
}
