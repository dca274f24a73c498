// switch inside a loop: break leaves the switch, continue goes on with the loop
export function main(): void {
  let log: string = "";
  for (let i: int = 0; i < 10; i++) {
    switch (i % 4) {
      case 0:
        log += "z";
        continue;
      case 1:
        log += "o";
        break;
      case 3:
        if (i > 5) break;
        log += "t";
      default:
        log += "d";
    }
    log += IntToString(i);
  }
  PrintString(log);
  let j: int = 0;
  while (true) {
    j++;
    switch (j) {
      case 5:
        PrintString("five");
        break;
    }
    if (j >= 6) break;
  }
  PrintString(IntToString(j));
}
