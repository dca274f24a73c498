// A script importing two includes, one of which includes the other: every import is an #include.
// (An imported let is read-only in TypeScript: only its own module's functions change it.)
import { UtilAdd, UtilTag, gUtilCalls, UTIL_BASE, type Tagged } from "./mod_lib";
import { Describe } from "./mod_lib2";

export function main(): void {
  const n: int = UtilAdd(1, 2);
  const t: Tagged = { tag: "x", n: n };
  PrintString(UtilTag(IntToString(n)) + IntToString(gUtilCalls + UTIL_BASE) + Describe(t));
}
