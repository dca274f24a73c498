// deeply nested loops and conditions with breaks at different levels
export function main(): void {
  let hits: int = 0;
  let log: string = "";
  for (let a: int = 0; a < 3; a++) {
    let b: int = 0;
    while (b < 3) {
      let c: int = 0;
      do {
        if (a == b) {
          if (b == c) {
            hits += 100;
            break;
          }
        } else if (a + b + c == 3) {
          hits++;
        }
        c++;
      } while (c < 3);
      b++;
      if (hits > 200) break;
    }
    log += IntToString(a) + ":" + IntToString(hits) + " ";
  }
  PrintString(log);
}
