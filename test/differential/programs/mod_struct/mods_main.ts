// a script using a struct type declared in an include, building it there and here
import { Describe, MakeTagged, type Tagged } from "./mods_types";

export function main(): void {
  const a: Tagged = MakeTagged("a", 1);
  const b: Tagged = { tag: "b", n: 2 };
  const c: Tagged = a;
  c.n = 30;
  PrintString(Describe(a) + Describe(b) + Describe(c));
}
