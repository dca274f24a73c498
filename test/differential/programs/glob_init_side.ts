// global initialisers run before main, in order, and may print; commands see the saved values
let gFirst: int = Announce("first", 1);
let gSecond: int = Announce("second", gFirst + 1);

function Announce(label: string, n: int): int {
  PrintString("init " + label + " " + IntToString(n));
  return n * 10;
}

function Check(label: string): void {
  PrintString(label + " first=" + IntToString(gFirst) + " second=" + IntToString(gSecond));
}

export function main(): void {
  Check("main");
  gFirst = -1;
  DelayCommand(1.0, () => Check("delayed"));
  AssignCommand(GetModule(), () => Check("assigned"));
}
