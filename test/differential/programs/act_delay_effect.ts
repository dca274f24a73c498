// the delay of DelayCommand is computed before the command's state is saved, as TypeScript reads it
let gCount: int = 0;

function NextDelay(): float {
  gCount++;
  return IntToFloat(gCount);
}

function Show(tag: string, n: int): void {
  PrintString(tag + " n=" + IntToString(n) + " global=" + IntToString(gCount));
}

export function main(): void {
  let n: int = 5;
  DelayCommand(NextDelay(), () => Show("first", n));
  DelayCommand(NextDelay() + 1.0, () => Show("second", n + gCount));
  AssignCommand(GetModule(), () => Show("assigned", gCount));
  n = 6;
  PrintString("main global=" + IntToString(gCount));
}
