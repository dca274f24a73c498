// recursion 9,000 calls deep: past the interpreter's limit of 8,192 nested calls
function Depth(n: int): int {
  if (n == 0) return 0;
  return 1 + Depth(n - 1);
}
export function main(): void {
  PrintString("start");
  PrintString(IntToString(Depth(9000)));
}
