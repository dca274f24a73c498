// module consts of object type and computed values are globals set when the script starts
const HOME: object = GetModule();
const START: int = Seed();
let gSeen: int = 0;

function Seed(): int {
  SetLocalInt(GetModule(), "seeded", GetLocalInt(GetModule(), "seeded") + 1);
  return 42;
}

function Report(tag: string): void {
  gSeen++;
  PrintString(tag + " home=" + IntToString(HOME == GetModule() ? 1 : 0) + " start=" + IntToString(START) + " seen=" + IntToString(gSeen) + " seeded=" + IntToString(GetLocalInt(HOME, "seeded")));
}

export function main(): void {
  Report("main");
  DelayCommand(1.0, () => Report("delayed"));
  Report("main again");
}
