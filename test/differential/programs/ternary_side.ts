// only the chosen branch of ?: is evaluated; the condition is evaluated once
let gLog: string = "";

function Note(s: string, v: int): int {
  gLog += s;
  return v;
}

export function main(): void {
  const a: int = Note("c", 1) ? Note("t", 10) : Note("f", 20);
  const b: int = Note("c", 0) ? Note("t", 10) : Note("f", 20);
  const c: int = Note("x", 1) ? (Note("y", 0) ? Note("1", 1) : Note("2", 2)) : Note("3", 3);
  PrintString(`${a} ${b} ${c} ${gLog}`);
  PrintString(IntToString(Note("p", 5) > 3 ? Note("q", 1) + Note("r", 2) : Note("s", 3)));
  PrintString(gLog);
}
