// String concatenation and escapes: quotes, backslashes and newlines survive.
let gLog: string = "";

function Quote(s: string): string {
  return "\"" + s + "\"";
}

export function main(): void {
  const name: string = GetName(OBJECT_SELF);
  const empty: string = "";
  let line: string = "Hello, " + name + "!";
  line += " Path: C:\\games\\nwn";
  gLog += line + "\n";
  PrintString(Quote(line) + empty + 'single "quoted"');
}
