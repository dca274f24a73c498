// globals of a script and its includes start in include order when the script runs
import { Note, gA } from "./modi_a";
import { SumAB, gB } from "./modi_b";

let gMain: int = Note("main", gB + 100);

function Show(tag: string): void {
  PrintString(tag + " " + IntToString(gA) + " " + IntToString(gB) + " " + IntToString(gMain) + " " + IntToString(SumAB()));
}

export function main(): void {
  Show("main");
  gMain = -1;
  DelayCommand(1.0, () => Show("delayed"));
}
