// NWScript has no declaration inside for(…): `let i` is declared just before the loop, and a
// later loop of the same block reuses it; a loop variable of another type gets another name.
export function main(): void {
  let total: int = 0;
  for (let i: int = 0; i < 3; i++) total += i;
  for (let i: int = 10; i > 0; i -= 2) {
    total -= i;
  }
  for (let i: float = 0; i < 2; i += 0.5) {
    total++;
  }
  for (let i: int = 0; i < 2; i++) {
    for (let j: int = 0; j < 2; j++) {
      total += i * j;
    }
  }
  for (let lo: int = 0, hi: int = 10; lo < hi; lo++) {
    total += hi;
  }
  PrintString(IntToString(total));
}
