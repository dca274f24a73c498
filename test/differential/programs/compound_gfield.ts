// a compound assignment to a global struct's field whose value changes that field first
interface Score {
  n: int;
  tag: string;
}

let gS: Score = Start();

function Start(): Score {
  return { n: 1, tag: "t" };
}

function Raise(): int {
  gS.n += 10;
  gS.tag = "raised";
  return 2;
}

export function main(): void {
  gS.n += Raise();
  PrintString(`${gS.n} ${gS.tag}`);
  gS.n *= Raise();
  PrintString(`${gS.n} ${gS.tag}`);
  gS.tag += IntToString(Raise());
  PrintString(`${gS.n} ${gS.tag}`);
}
