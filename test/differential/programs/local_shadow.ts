// a local in an inner block shadows an outer one of the same or another type
export function main(): void {
  const x: int = 3;
  let total: int = 0;
  {
    const x: int = 4;
    total += x;
    PrintString(IntToString(x));
  }
  if (x > 0) {
    const x: string = "inner";
    PrintString(x);
    {
      const x: float = 2.5;
      PrintString(FloatToString(x, 0, 1));
    }
  }
  for (let i: int = 0; i < 2; i++) {
    const x: int = i * 10;
    total += x;
  }
  PrintString(IntToString(x) + " " + IntToString(total));
}
