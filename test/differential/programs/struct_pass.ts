// structs passed to and returned from functions are copies; a returned struct can be changed
interface Acc {
  total: int;
  count: int;
}

function Add(a: Acc, n: int): Acc {
  a.total += n;
  a.count++;
  return a;
}

function Avg(a: Acc): int {
  if (a.count == 0) return 0;
  return a.total / a.count;
}

export function main(): void {
  let acc: Acc = { total: 0, count: 0 };
  const start: Acc = acc;
  for (let i: int = 1; i <= 10; i++) acc = Add(acc, i * i);
  Add(acc, 1000);
  PrintString(`${acc.total} ${acc.count} ${Avg(acc)} ${start.total} ${Avg(start)}`);
  const other: Acc = Add(Add(start, 5), 7);
  PrintString(`${other.total} ${other.count} ${start.count}`);
}
