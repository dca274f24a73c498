// calling functions defined later in the file (the transpiler emits prototypes)
export function main(): void {
  PrintString(Describe(3));
  PrintString(IntToString(Square(12)));
  Later("called before its definition");
}

function Describe(n: int): string {
  return "n=" + IntToString(Square(n));
}

function Square(n: int): int {
  return n * n;
}

function Later(s: string): void {
  PrintString(s);
}
