// recursion building strings on the way down and on the way back
function Down(n: int): string {
  if (n == 0) return "";
  return IntToString(n % 10) + Down(n - 1);
}

function Nest(n: int): string {
  if (n == 0) return "x";
  return "(" + Nest(n - 1) + ")";
}

export function main(): void {
  const s: string = Down(200);
  PrintString(IntToString(GetStringLength(s)) + " " + GetSubString(s, 0, 12) + " " + GetSubString(s, 188, 12));
  PrintString(Nest(5));
}
