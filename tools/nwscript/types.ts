// NWScript value types as the checker sees them, with the equality and stack-size rules of the
// official compiler (vector is the predefined three-float structure; engine types come from
// nwscript.nss's ENGINE_STRUCTURE_N defines).

export type SimpleKind = "int" | "float" | "string" | "object" | "vector" | "void" | "action";

export type NssType =
  | { readonly kind: SimpleKind }
  | { readonly kind: "engine"; readonly name: string; readonly index: number }
  | { readonly kind: "struct"; readonly name: string };

export const T_INT: NssType = { kind: "int" };
export const T_FLOAT: NssType = { kind: "float" };
export const T_STRING: NssType = { kind: "string" };
export const T_OBJECT: NssType = { kind: "object" };
export const T_VECTOR: NssType = { kind: "vector" };
export const T_VOID: NssType = { kind: "void" };
/** The type of a void call used as an argument (a deferred action). */
export const T_ACTION: NssType = { kind: "action" };

export function engineType(name: string, index: number): NssType {
  return { kind: "engine", name, index };
}

export function structType(name: string): NssType {
  return { kind: "struct", name };
}

/** Exact type identity: NWScript never converts implicitly between types. */
export function sameType(a: NssType, b: NssType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "engine" && b.kind === "engine") return a.index === b.index;
  if (a.kind === "struct" && b.kind === "struct") return a.name === b.name;
  return true;
}

export function typeName(t: NssType): string {
  if (t.kind === "engine") return t.name;
  if (t.kind === "struct") return `struct ${t.name}`;
  return t.kind;
}

export function isEngine(t: NssType, index?: number): boolean {
  return t.kind === "engine" && (index === undefined || t.index === index);
}

/** Engine structure numbers the compiler itself relies on (LOCATION_INVALID, JSON_* constants). */
export const ENGINE_LOCATION = 2;
export const ENGINE_JSON = 7;
