// the conditional operator: int, string and float branches, nested, inside concatenation
function Pick(n: int): float {
  return n > 0 ? 1 : 0.5;
}

export function main(): void {
  for (let n: int = -1; n <= 3; n++) {
    const s = n > 0 ? "pos" : n < 0 ? "neg" : "zero";
    const m: int = n == 1 ? 10 : n == 2 ? 20 : 30;
    const f: float = n ? 1 : 2.5;
    PrintString(s + " " + IntToString(m) + " " + FloatToString(f + Pick(n), 0, 1));
    PrintString("n is " + (n % 2 == 0 ? "even" : "odd"));
  }
}
