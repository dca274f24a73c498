// switch inside switch, and returns out of switch clauses
function Cell(a: int, b: int): string {
  switch (a) {
    case 0:
      switch (b) {
        case 0:
          return "00";
        case 1:
          return "01";
      }
      return "0?";
    case 1:
      switch (b) {
        default:
          return "1*";
      }
  }
  return "??";
}

export function main(): void {
  PrintString(Cell(0, 0) + Cell(0, 1) + Cell(0, 2) + Cell(1, 5) + Cell(2, 0));
  let n: int = 0;
  for (let a: int = 0; a < 3; a++) {
    switch (a) {
      case 1:
        for (let b: int = 0; b < 5; b++) {
          switch (b) {
            case 2:
              continue;
            case 4:
              break;
            default:
              n += 10;
          }
          n++;
        }
        break;
      default:
        n += 1000;
    }
  }
  PrintString(IntToString(n));
}
