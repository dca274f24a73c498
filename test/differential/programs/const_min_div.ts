// INT_MIN / -1 and INT_MIN % -1 with constant operands: accepted by the transpiler, rejected by NWScript
export function main(): void {
  const a: int = -2147483648 / -1;
  const b: int = (-2147483647 - 1) % -1;
  PrintString(`${a} ${b}`);
}
