// a delayed call's arguments that read globals and call user functions use the saved globals
let gValue: int = 1;
let gText: string = "a";

function Double(n: int): int {
  return n * 2;
}

function Show(label: string, v: int): void {
  PrintString(label + " " + IntToString(v) + " " + gText);
}

function ShowText(label: string, s: string): void {
  PrintString(label + " text " + s);
}

export function main(): void {
  DelayCommand(1.0, () => Show("delayed", Double(gValue) + 1));
  DelayCommand(1.0, () => ShowText("delayed", gText + "!"));
  gValue = 50;
  gText = "b";
  DelayCommand(2.0, () => Show("later", Double(gValue)));
  gValue = 70;
  Show("now", Double(gValue));
}
