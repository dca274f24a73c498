// += on strings, on globals and struct fields, in loops
interface Doc {
  title: string;
}

let gLog: string = "";

export function main(): void {
  let s: string = "a";
  s += "b";
  s += s;
  s += "";
  PrintString(s);
  const d: Doc = { title: "T" };
  d.title += ":" + s;
  for (let i: int = 0; i < 3; i++) gLog += IntToString(i) + ";";
  PrintString(d.title + " " + gLog);
}
