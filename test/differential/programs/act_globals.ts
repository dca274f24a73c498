// a delayed command sees the globals saved when it was scheduled, and its writes to them are lost
let gValue: int = 1;
let gName: string = "g0";

function Show(tag: string, v: int): void {
  PrintString(`${tag} ${v} ${gValue} ${gName}`);
  gValue += 100;
  gName = "written by " + tag;
}

export function main(): void {
  let n: int = 5;
  DelayCommand(1.0, () => Show("first", n));
  n = 6;
  gValue = 2;
  gName = "g2";
  DelayCommand(2.0, () => Show("second", n));
  gValue = 3;
  Show("now", n);
  PrintString(`main sees ${gValue} ${gName}`);
}
