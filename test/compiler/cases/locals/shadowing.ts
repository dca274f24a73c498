// A local in an inner block that shadows an outer one gets a fresh NWScript name, so that
// temporaries and later declarations can never capture it.
export function main(): void {
  const x: int = 3;
  {
    const x: int = 4;
    PrintString(IntToString(x));
  }
  if (x > 0) {
    const x: string = "inner";
    PrintString(x);
  }
  PrintString(IntToString(x));
}
