// ++ inside a delayed call's argument changes only that command's saved copy
interface Box {
  a: int;
}

let gN: int = 0;

function Show(tag: string, n: int): void {
  PrintString(tag + " " + IntToString(n) + " global " + IntToString(gN));
}

export function main(): void {
  let n: int = 5;
  const b: Box = { a: 50 };
  DelayCommand(1.0, () => Show("first", n++));
  DelayCommand(2.0, () => Show("second", n));
  DelayCommand(3.0, () => Show("field", ++b.a));
  DelayCommand(4.0, () => Show("field again", b.a));
  DelayCommand(5.0, () => Show("global", gN++));
  DelayCommand(6.0, () => Show("global again", gN));
  PrintString("main " + IntToString(n) + " " + IntToString(b.a) + " " + IntToString(gN));
}
