// A subset module the twin tests import: each function shows one NWScript meaning that plain
// JavaScript would get wrong.

export interface Box {
  n: int;
  s: string;
}

let gValue: int = 1;

export function Half(a: int): int {
  return a / 2;
}

export function Wrap(a: int): int {
  return a * 65536 * 65536 + a;
}

export function Shift(a: int): int {
  return a >> 1;
}

export function BothTrue(a: int, b: int): int {
  const r: int = a && b;
  return r;
}

export function CopyOnAssign(): string {
  const a: Box = { n: 1, s: "one" };
  const b = a;
  b.n = 2;
  return `${a.n}${b.n}`;
}

export function Float32(): float {
  const third: float = 1.0 / 3.0;
  return third * 3.0;
}

function Show(tag: string, v: int): void {
  PrintString(`${tag} ${v} ${gValue}`);
  gValue += 100;
}

export function ScheduleWithSavedGlobals(): void {
  let n: int = 5;
  DelayCommand(1.0, () => Show("delayed", n));
  n = 6;
  gValue = 2;
  Show("now", n);
}

export function GlobalValue(): int {
  return gValue;
}
