// delays scheduled in a loop each keep the loop variable's value at that iteration
function Tick(i: int, total: int): void {
  PrintString(`tick ${i} total ${total}`);
}

export function main(): void {
  let total: int = 0;
  for (let i: int = 0; i < 5; i++) {
    total += i;
    DelayCommand(IntToFloat(5 - i), () => Tick(i, total));
  }
  PrintString("scheduled " + IntToString(total));
}
