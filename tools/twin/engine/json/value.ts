// The engine's json values (nlohmann::json in the game). Values are immutable data; an NwJson is
// what a script variable holds, and only the *Inplace functions replace its value.
// Strings hold Unicode code points; script strings map to them one byte per character (the
// game's local charset is taken as latin1), so JsonString/JsonGetString keep characters as is.

export type JsonValue =
  | { readonly t: "null" }
  | { readonly t: "bool"; readonly v: boolean }
  /** nlohmann keeps integers as int64 or uint64; both fit a bigint. */
  | { readonly t: "int"; readonly v: bigint }
  | { readonly t: "float"; readonly v: number }
  | { readonly t: "string"; readonly v: string }
  | { readonly t: "array"; readonly v: readonly JsonValue[] }
  /** Keys sorted (nlohmann's default object is an ordered std::map). */
  | { readonly t: "object"; readonly v: ReadonlyMap<string, JsonValue> };

export const J_NULL: JsonValue = { t: "null" };

export class NwJson {
  constructor(
    public value: JsonValue,
    /** JsonGetError's text; only null values carry one. */
    public error = "",
  ) {}

  static null(error = ""): NwJson {
    return new NwJson(J_NULL, error);
  }
}

/** JSON_TYPE_* numbers. */
export const JSON_TYPE: Readonly<Record<JsonValue["t"], number>> = {
  null: 0,
  object: 1,
  array: 2,
  string: 3,
  int: 4,
  float: 5,
  bool: 6,
};

/** Byte-order key comparison, like std::map<std::string> over UTF-8. */
export function compareKeys(a: string, b: string): number {
  const ba = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  return Buffer.compare(ba, bb);
}

/** An object value from entries, keys sorted; later duplicates win. */
export function makeObject(entries: Iterable<[string, JsonValue]>): JsonValue {
  const m = new Map<string, JsonValue>();
  for (const [k, v] of entries) m.set(k, v);
  const sorted = new Map([...m.entries()].sort(([a], [b]) => compareKeys(a, b)));
  return { t: "object", v: sorted };
}

export function jsonEquals(a: JsonValue, b: JsonValue): boolean {
  if (a.t === "int" && b.t === "float") return Number(a.v) === b.v;
  if (a.t === "float" && b.t === "int") return a.v === Number(b.v);
  if (a.t !== b.t) return false;
  switch (a.t) {
    case "null":
      return true;
    case "array": {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => jsonEquals(x, bv[i]!));
    }
    case "object": {
      const bv = (b as typeof a).v;
      if (a.v.size !== bv.size) return false;
      for (const [k, x] of a.v) {
        const y = bv.get(k);
        if (!y || !jsonEquals(x, y)) return false;
      }
      return true;
    }
    default:
      return a.v === (b as typeof a).v;
  }
}
