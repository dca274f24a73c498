// nested ifs without braces: else binds to the nearest if; empty bodies
function Check(a: int, b: int): string {
  let r: string = "";
  if (a > 0)
    if (b > 0) r = "both";
    else r = "a only";
  else if (b > 0) r = "b only";
  else r = "neither";
  if (a == b) {
  } else {
    r += " (differ)";
  }
  return r;
}

export function main(): void {
  PrintString(Check(1, 1));
  PrintString(Check(1, -1));
  PrintString(Check(-1, 1));
  PrintString(Check(-1, -2));
  PrintString(Check(0, 0));
}
