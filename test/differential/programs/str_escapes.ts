// quotes, backslashes and escaped newlines in string literals survive both ways
function Quote(s: string): string {
  return "\"" + s + "\"";
}

export function main(): void {
  PrintString(Quote("hi"));
  PrintString("C:\\games\\nwn");
  PrintString('single "double" inside');
  PrintString("two\nlines");
  PrintString(IntToString(GetStringLength("a\\b\"c\nd")));
  PrintString(`tmpl "q" \\ end`);
}
