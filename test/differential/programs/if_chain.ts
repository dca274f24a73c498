// if / else if / else chains over a range of values
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
  const values: string = "";
  PrintString(values + Classify(-5) + " " + Classify(0) + " " + Classify(9) + " " + Classify(10));
  let n: int = -2;
  while (n <= 12) {
    if (n % 3 == 0) PrintString(IntToString(n) + " is " + Classify(n));
    else if (n % 3 == 1) PrintString(IntToString(n) + " rem 1");
    else PrintString(IntToString(n) + " rem 2");
    n += 7;
  }
}
