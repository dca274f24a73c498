// switch on string inside a loop, with continue and fallthrough
export function main(): void {
  let out: string = "";
  for (let i: int = 0; i < 6; i++) {
    const key: string = GetSubString("abcabx", i, 1);
    switch (key) {
      case "a":
        out += "A";
        continue;
      case "b":
        out += "B";
      case "c":
        out += "C";
        break;
      default:
        out += "?";
    }
    out += ".";
  }
  PrintString(out);
}
