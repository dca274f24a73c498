// a global initialiser reading OBJECT_SELF sees the script's OBJECT_SELF (initialisers run when the script starts)
let gFirst: int = Announce("first", 1);
let gMe: object = OBJECT_SELF;
let gSecond: int = Announce("second", gFirst + 1);

function Announce(label: string, n: int): int {
  PrintString("init " + label + " " + IntToString(n));
  return n * 10;
}

function Check(label: string): void {
  PrintString(label + " me=" + IntToString(gMe == OBJECT_SELF ? 1 : 0) + " first=" + IntToString(gFirst) + " second=" + IntToString(gSecond));
}

export function main(): void {
  Check("main");
  gFirst = -1;
  DelayCommand(1.0, () => Check("delayed"));
  AssignCommand(GetModule(), () => Check("assigned"));
}
