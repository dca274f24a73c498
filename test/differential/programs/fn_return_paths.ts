// returns from inside for, while, do/while and switch, and after an infinite loop
function FirstMultiple(of: int, from: int): int {
  for (let i: int = from; ; i++) {
    if (i % of == 0) return i;
  }
}

function Find(n: int): string {
  let i: int = 0;
  do {
    if (i * i == n) return "square of " + IntToString(i);
    i++;
  } while (i * i <= n);
  return "not a square";
}

function Name(n: int): string {
  switch (n) {
    case 0:
      return "zero";
    case 1:
      return "one";
  }
  while (n > 100) {
    return "huge";
  }
  return "many";
}

export function main(): void {
  PrintString(IntToString(FirstMultiple(7, 30)));
  PrintString(Find(49) + "; " + Find(50));
  PrintString(Name(0) + " " + Name(1) + " " + Name(5) + " " + Name(500));
}
