// break and continue in every loop, and inside a switch that sits in a loop.
export function main(): void {
  let total: int = 0;
  let i: int = 0;
  while (i < 100) {
    i++;
    if (i % 2 == 0) continue;
    if (i > 15) break;
    total += i;
  }
  for (i = 0; i < 10; i++) {
    switch (i) {
      case 3:
        continue;
      case 8:
        break;
      default:
        total++;
    }
    if (i == 8) break;
  }
  do {
    i--;
    if (i == 4) continue;
    if (i < 2) break;
  } while (i > 0);
  PrintString(IntToString(total + i));
}
