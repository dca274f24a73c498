// continue in a for loop still runs the update; break leaves only the inner loop
export function main(): void {
  let sum: int = 0;
  let i: int;
  for (i = 0; i < 10; i++) {
    if (i % 3 == 0) continue;
    sum += i;
  }
  PrintString(`${sum} ${i}`);
  let pairs: string = "";
  for (let a: int = 0; a < 4; a++) {
    for (let b: int = 0; b < 4; b++) {
      if (b == a) continue;
      if (b > a) break;
      pairs += IntToString(a) + IntToString(b) + " ";
    }
  }
  PrintString(pairs);
  let hits: int = 0;
  for (let k: int = 0; k < 20; k++) {
    if (k < 5) continue;
    if (k >= 8) break;
    hits++;
  }
  PrintString(IntToString(hits));
}
