// An include that includes another include; a type-only import still needs the struct.
import { UtilTag } from "./mod_lib";
import type { Tagged } from "./mod_lib";

export function Describe(t: Tagged): string {
  return UtilTag(t.tag) + IntToString(t.n);
}
