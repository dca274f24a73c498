// switch on int: no match and no default, empty switch, only default, a case that only breaks
function Pick(n: int): string {
  let r: string = "none";
  switch (n) {
    case 1:
      r = "one";
      break;
    case 2:
      break;
    case 3:
      r = "three";
  }
  return r;
}

export function main(): void {
  PrintString(Pick(1) + " " + Pick(2) + " " + Pick(3) + " " + Pick(4));
  const n: int = 5;
  switch (n) {
  }
  switch (n) {
    default:
      PrintString("only default");
  }
  switch (n + 1) {
    case 6:
      PrintString("expression subject");
  }
}
