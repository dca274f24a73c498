// an int division by zero at run time stops the script: what was printed before stays
function Div(a: int, b: int): int {
  return a / b;
}

export function main(): void {
  PrintString("before");
  DelayCommand(1.0, () => PrintString("a queued command still runs"));
  const z: int = Div(1, 0);
  PrintString("never " + IntToString(z));
}
