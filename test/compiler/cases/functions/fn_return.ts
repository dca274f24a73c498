// Returns: a void function may return a void call; a non-void function whose last statement is
// not a return NWScript can see gets an unreachable one (the official compiler's path analysis
// is simpler than TypeScript's).
function Log(s: string): void {
  PrintString(s);
}

function Wrap(s: string): void {
  return Log(s);
}

function Quiet(n: int) {
  if (n > 0) return;
  Log("quiet");
}

function FirstAbove(n: int): int {
  while (true) {
    if (n > 3) return n;
    n++;
  }
}

function Name(n: int): string {
  switch (n) {
    case 1:
      return "one";
    default:
      return "many";
  }
}

function Sign(n: int): int {
  if (n > 0) {
    return 1;
  } else if (n < 0) {
    return -1;
  } else {
    return 0;
  }
}

export function main(): void {
  Wrap("a");
  Quiet(1);
  PrintString(IntToString(FirstAbove(0) + Sign(-4)) + Name(1));
  return;
}
