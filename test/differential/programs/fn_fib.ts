// doubly recursive Fibonacci and Ackermann (small arguments)
function Fib(n: int): int {
  if (n < 2) return n;
  return Fib(n - 1) + Fib(n - 2);
}

function Ack(m: int, n: int): int {
  if (m == 0) return n + 1;
  if (n == 0) return Ack(m - 1, 1);
  return Ack(m - 1, Ack(m, n - 1));
}

export function main(): void {
  for (let i: int = 0; i <= 15; i += 5) PrintString(`fib ${i} = ${Fib(i)}`);
  PrintString(`ack 2 3 = ${Ack(2, 3)}`);
}
