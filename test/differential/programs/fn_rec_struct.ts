// recursion passing and returning structs: each level gets its own copy
interface Stats {
  count: int;
  sum: int;
  path: string;
}

function Walk(n: int, s: Stats): Stats {
  if (n == 0) return s;
  s.count++;
  s.sum += n;
  if (n % 50 == 0) s.path += IntToString(n) + ",";
  const deeper: Stats = Walk(n - 1, s);
  s.path += "!";
  return deeper;
}

export function main(): void {
  const start: Stats = { count: 0, sum: 0, path: "" };
  const r: Stats = Walk(300, start);
  PrintString(`${r.count} ${r.sum} ${r.path} [${start.path}]`);
}
