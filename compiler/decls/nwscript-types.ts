// NWScript's type names. The TypeScript side declares them by hand in runtime-ts/engine/types.d.ts,
// with the same names, so the emitter maps every type 1:1.

/** Types the NWScript language itself knows (not listed in nwscript.nss). */
export const LANGUAGE_TYPES: readonly string[] = ["void", "int", "float", "string", "object", "vector", "action"];

/** Engine structures types.d.ts declares; an nwscript.nss naming another one needs types.d.ts updated first. */
export const KNOWN_ENGINE_STRUCTURES: readonly string[] = [
  "effect",
  "event",
  "location",
  "talent",
  "itemproperty",
  "sqlquery",
  "cassowary",
  "json",
];
