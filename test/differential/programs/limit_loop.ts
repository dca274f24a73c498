// a loop that never ends stops at the instruction limit on both sides; queued commands still run
function Later(): void {
  PrintString("the queued command runs");
}

export function main(): void {
  PrintString("before the loop");
  DelayCommand(1.0, () => Later());
  let n: int = 0;
  while (true) {
    n++;
  }
}
