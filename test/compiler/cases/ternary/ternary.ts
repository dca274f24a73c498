// The conditional operator: nested, with string and float branches (an int literal facing a
// float branch or slot is written as a float), as an argument and inside a concatenation.
function Pick(n: int): float {
  return n > 0 ? 1 : 0.5;
}

export function main(): void {
  const n: int = GetLocalInt(OBJECT_SELF, "n");
  const s = n > 0 ? "pos" : n < 0 ? "neg" : "zero";
  const m: int = n == 1 ? 10 : (n == 2 ? 20 : 30);
  const f = n ? 1 : 2.5;
  const g: float = n ? 1 : 2;
  const h: float = n > 3 ? Pick(n) : 3;
  PrintString(s + IntToString(m) + FloatToString(f + g + h));
  PrintString("n is " + (n % 2 == 0 ? "even" : "odd"));
  PrintString(IntToString(n > 0 ? n : -n));
}
