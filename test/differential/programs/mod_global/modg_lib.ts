// include library with its own global, changed only by its own functions
export let gUtilCalls: int = 0;

export function Count(): int {
  gUtilCalls++;
  return gUtilCalls;
}

export function Later(tag: string): void {
  PrintString(tag + " sees calls=" + IntToString(gUtilCalls));
}
