// mutual recursion between two functions defined after main
export function main(): void {
  PrintString(IntToString(IsEven(10)) + IntToString(IsOdd(10)) + IntToString(IsEven(7)) + IntToString(IsOdd(7)));
  PrintString(IntToString(Hofstadter(12, 0)));
}

function IsEven(n: int): int {
  if (n == 0) return TRUE;
  return IsOdd(n - 1);
}

function IsOdd(n: int): int {
  if (n == 0) return FALSE;
  return IsEven(n - 1);
}

// Hofstadter female/male sequences, F(n) and M(n), picked by which.
function Hofstadter(n: int, which: int): int {
  if (which == 0) return Female(n);
  return Male(n);
}

function Female(n: int): int {
  if (n == 0) return 1;
  return n - Male(Female(n - 1));
}

function Male(n: int): int {
  if (n == 0) return 0;
  return n - Female(Male(n - 1));
}
