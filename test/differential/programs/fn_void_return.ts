// early return from void functions, from inside loops and nested ifs
function Count(limit: int): void {
  let i: int = 0;
  while (true) {
    if (i >= limit) {
      PrintString("stop at " + IntToString(i));
      return;
    }
    i++;
  }
}

function Guard(n: int): void {
  if (n < 0) return;
  if (n > 10) {
    if (n > 100) return;
    PrintString("between 11 and 100");
    return;
  }
  PrintString("small " + IntToString(n));
}

export function main(): void {
  Count(3);
  Count(0);
  Guard(-1);
  Guard(5);
  Guard(50);
  Guard(500);
  PrintString("end");
}
