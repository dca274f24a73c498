// a string switch in a loop whose clauses end in continue, break and return (chain form)
function Scan(s: string): string {
  let out: string = "";
  for (let i: int = 0; i < GetStringLength(s); i++) {
    switch (GetSubString(s, i, 1)) {
      case "x":
        continue;
      case "!":
        return out + "!";
      case "a":
      case "e":
        out += "V";
        break;
      default:
        out += GetSubString(s, i, 1);
        break;
    }
    out += ".";
  }
  return out;
}

export function main(): void {
  PrintString(Scan("maxe"));
  PrintString(Scan("box!never"));
  PrintString(Scan(""));
}
