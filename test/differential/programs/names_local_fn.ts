// locals and parameters named like user functions, and loop variables of two types with one name
function Total(n: int): int {
  return n * 2;
}

function Use(Total: int): int {
  return Total + 1;
}

export function main(): void {
  const Use_: int = 5;
  let sum: int = Use(Use_) + Total(3);
  for (let i: int = 0; i < 3; i++) sum += i;
  let acc: float = 0.0;
  for (let i: float = 0.5; i < 2.0; i += 0.5) acc += i;
  PrintString(IntToString(sum) + " " + FloatToString(acc, 0, 2));
}
