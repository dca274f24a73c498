// An include library: a const, a global, a struct and functions that other modules import.
export const UTIL_BASE = 100;
export let gUtilCalls: int = 0;

export interface Tagged {
  tag: string;
  n: int;
}

export function UtilAdd(a: int, b: int): int {
  gUtilCalls++;
  return a + b + UTIL_BASE;
}

export function UtilTag(s: string): string {
  return "[" + s + "]";
}
