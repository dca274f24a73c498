// Calls before the definition need prototypes; a directly recursive function and a function
// defined before its first call do not.
function Twice(n: int): int {
  return n * 2;
}

export function main(): void {
  PrintString(IntToString(IsEven(10)) + IntToString(IsOdd(7)));
  PrintString(IntToString(Fib(12) + Twice(3)));
  Announce("done");
}

function IsEven(n: int): int {
  if (n == 0) return TRUE;
  return IsOdd(n - 1);
}

function IsOdd(n: int): int {
  if (n == 0) return FALSE;
  return IsEven(n - 1);
}

function Fib(n: int): int {
  if (n < 2) return n;
  return Fib(n - 1) + Fib(n - 2);
}

function Announce(text: string): void {
  PrintString(text);
}
