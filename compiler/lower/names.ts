// Identifier hygiene: NWScript keywords and engine names may not be reused as user names, so such
// names get a deterministic `_` suffix. Resource names follow the game's 16-character rule.

export const NWSCRIPT_KEYWORDS = new Set([
  "int", "float", "string", "object", "void", "struct", "vector", "action",
  "effect", "event", "location", "talent", "itemproperty", "sqlquery", "cassowary", "json",
  "if", "else", "for", "while", "do", "switch", "case", "default", "break", "continue", "return", "const",
  "OBJECT_SELF", "OBJECT_INVALID", "LOCATION_INVALID",
  "JSON_NULL", "JSON_FALSE", "JSON_TRUE", "JSON_OBJECT", "JSON_ARRAY", "JSON_STRING",
  "main", "StartingConditional",
]);

const RESREF = /^[a-z0-9_]{1,16}$/;

export function isValidResref(name: string): boolean {
  return RESREF.test(name);
}

/**
 * First of name, name_, name__, … that `taken` does not hold. Characters TypeScript allows in
 * identifiers but NWScript does not ($, non-ASCII letters) become _ first: the official compiler
 * would skip a $ silently, turning $count into count.
 */
export function freeName(name: string, taken: (n: string) => boolean): string {
  let candidate = name.replace(/[^A-Za-z0-9_]/g, "_");
  while (taken(candidate)) candidate += "_";
  return candidate;
}
