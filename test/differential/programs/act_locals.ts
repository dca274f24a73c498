// a delayed call's arguments are evaluated when it runs, against the locals saved when scheduled
function Show(tag: string, a: int, s: string): void {
  PrintString(`${tag} ${a} ${s}`);
}

export function main(): void {
  let n: int = 5;
  let s: string = "before";
  DelayCommand(1.0, () => Show("delayed", n * 10, s + "!"));
  n = 6;
  s = "after";
  DelayCommand(2.0, () => Show("second", n, s));
  n = 7;
  Show("now", n, s);
}
