// switch on a string expression with side effects and fallthrough (evaluated once, then matched)
let gCalls: int = 0;

function Pick(n: int): string {
  gCalls++;
  if (n == 0) return "a";
  if (n == 1) return "b";
  return "z";
}

function Score(n: int): int {
  let r: int = 0;
  switch (Pick(n)) {
    case "a":
      r += 1;
    case "b":
      r += 10;
      break;
    default:
      r += 100;
    case "c":
      r += 1000;
  }
  return r;
}

export function main(): void {
  PrintString(`${Score(0)} ${Score(1)} ${Score(2)} calls=${gCalls}`);
}
