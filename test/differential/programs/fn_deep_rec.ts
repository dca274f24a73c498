// recursion 1,000 calls deep, and a recursive sum that carries an accumulator
function Depth(n: int): int {
  if (n == 0) return 0;
  return 1 + Depth(n - 1);
}

function SumTo(n: int, acc: int): int {
  if (n == 0) return acc;
  return SumTo(n - 1, acc + n);
}

export function main(): void {
  PrintString(IntToString(Depth(1000)));
  PrintString(IntToString(SumTo(1000, 0)));
  PrintString(IntToString(Depth(2500)));
}
