// strings with newlines inside, compared, measured and split with GetSubString
export function main(): void {
  const s: string = "one\ntwo";
  PrintString(s);
  PrintString(IntToString(GetStringLength(s)) + " " + IntToString(FindSubString(s, "\n")));
  PrintString(GetSubString(s, 4, 3) + "|" + GetSubString(s, 3, 1) + "|");
  switch (s) {
    case "one\ntwo":
      PrintString("matched with a newline");
      break;
    default:
      PrintString("no match");
  }
}
