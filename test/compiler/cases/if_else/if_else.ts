// if, if/else, else-if chains, nested ifs, single-statement and empty bodies.
function Classify(n: int): string {
  if (n < 0) {
    return "negative";
  } else if (n == 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}

export function main(): void {
  const n: int = GetLocalInt(OBJECT_SELF, "n");
  if (n > 5) PrintString("big");
  if (n == 1) PrintString("one");
  else PrintString("not one");
  if (n > 0) {
    if (n % 2 == 0) {
      PrintString("positive even");
    } else {
      PrintString("positive odd");
    }
  }
  if (n == 42) {
  }
  PrintString(Classify(n));
}
