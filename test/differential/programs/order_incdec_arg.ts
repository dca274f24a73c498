// ++ and -- inside arguments and operands happen in TypeScript's order
function Pair2(a: int, b: int): string {
  return IntToString(a) + "," + IntToString(b);
}

export function main(): void {
  let i: int = 1;
  PrintString(Pair2(i++, i));
  PrintString(Pair2(i, i--));
  PrintString(Pair2(--i, --i));
  const n: int = i++ * 10 + i++;
  PrintString(IntToString(n) + " " + IntToString(i));
  let j: int = 5;
  const m: int = j-- - j--;
  PrintString(IntToString(m) + " " + IntToString(j));
}
