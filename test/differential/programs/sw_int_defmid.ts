// switch on int with default in the middle: default falls through into the case after it
function Score(n: int): int {
  let r: int = 0;
  switch (n) {
    case 1:
      r += 1;
    case 2:
      r += 2;
      break;
    default:
      r = -100;
    case 7:
      r += 7;
    case 8:
      r += 8;
  }
  return r;
}

export function main(): void {
  PrintString(`${Score(1)} ${Score(2)} ${Score(7)} ${Score(8)} ${Score(0)} ${Score(99)}`);
}
