// switch on int: fallthrough from one case into the next until break
function Score(n: int): int {
  let r: int = 0;
  switch (n) {
    case 1:
      r += 1;
    case 2:
      r += 2;
    case 3:
      r += 3;
      break;
    case 4:
      r += 4;
  }
  return r;
}

export function main(): void {
  for (let i: int = 0; i <= 5; i++) PrintString(`${i} -> ${Score(i)}`);
}
