// a remainder by zero stops the script; a float division by zero stops a queued command
function Mod(a: int, b: int): int {
  return a % b;
}

function FDiv(a: float, b: float): void {
  PrintString("fdiv " + FloatToString(a / b, 0, 2));
}

export function main(): void {
  PrintString("start");
  DelayCommand(0.5, () => FDiv(1.0, 0.0));
  DelayCommand(1.0, () => FDiv(1.0, 4.0));
  PrintString(IntToString(Mod(5, 0)));
}
