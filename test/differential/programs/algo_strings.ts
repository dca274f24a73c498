// string algorithms: reverse, palindrome test, count of a letter, binary digits of an int
function Reverse(s: string): string {
  let r: string = "";
  for (let i: int = GetStringLength(s) - 1; i >= 0; i--) r += GetSubString(s, i, 1);
  return r;
}

function Count(s: string, c: string): int {
  let n: int = 0;
  for (let i: int = 0; i < GetStringLength(s); i++) if (GetSubString(s, i, 1) == c) n++;
  return n;
}

function Binary(n: int): string {
  if (n == 0) return "0";
  let out: string = "";
  let bits: int = 0;
  while (n != 0 && bits < 32) {
    out = IntToString(n & 1) + out;
    n = (n >> 1) & 0x7FFFFFFF;
    bits++;
  }
  return out;
}

export function main(): void {
  PrintString(Reverse("stressed") + " " + IntToString(Reverse("level") == "level" ? 1 : 0));
  PrintString(IntToString(Count("mississippi", "s")) + " " + IntToString(Count("", "s")));
  PrintString(Binary(10) + " " + Binary(255) + " " + Binary(-1) + " " + Binary(-6));
}
