// The Json* family over json/value.ts. Functions that "return a modified copy" never change
// their inputs; the *Inplace ones replace the value held by the script's json.
import { float32 } from "../numbers.js";
import { dumpJson } from "../json/dump.js";
import { JsonParseError, parseJson } from "../json/parse.js";
import { JSON_TYPE, makeObject, NwJson, type JsonValue } from "../json/value.js";
import { floatToInt } from "./math.js";
import { int, str, type FunctionGroup } from "./types.js";

/**
 * A json argument. Values that are not NwJson but carry JSON `text` (a caller's placeholder for a
 * JSON_* constant) are parsed, so defaults like JSON_NULL work from any caller.
 */
export function json(v: unknown): NwJson {
  if (v instanceof NwJson) return v;
  const text = (v as { text?: unknown } | null)?.text;
  if (typeof text === "string") return parseToNwJson(text);
  throw new TypeError("a json argument is not a json value");
}
const err = (text: string): NwJson => NwJson.null(text);

/** JsonGetInt: numbers and bools cast to int32 (C casts); anything else 0. */
export function jsonToInt(v: JsonValue): number {
  if (v.t === "int") return Number(BigInt.asIntN(32, v.v));
  if (v.t === "float") return floatToInt(v.v);
  if (v.t === "bool") return v.v ? 1 : 0;
  return 0;
}

export function jsonToFloat(v: JsonValue): number {
  if (v.t === "int") return float32(Number(v.v));
  if (v.t === "float") return float32(v.v);
  if (v.t === "bool") return v.v ? 1 : 0;
  return 0;
}

/** JsonParse of a script string; a parse error gives null with the error text. */
export function parseToNwJson(text: string): NwJson {
  try {
    return new NwJson(parseJson(text));
  } catch (e) {
    if (e instanceof JsonParseError) return err(e.message);
    throw e;
  }
}

function objectSet(j: NwJson, key: string, value: JsonValue): NwJson {
  if (j.value.t !== "object") return err("value is not an object");
  return new NwJson(makeObject([...j.value.v.entries(), [key, value]]));
}

function objectDel(j: NwJson, key: string): NwJson {
  if (j.value.t !== "object") return err("value is not an object");
  return new NwJson(makeObject([...j.value.v.entries()].filter(([k]) => k !== key)));
}

function arraySet(j: NwJson, index: number, value: JsonValue): NwJson {
  if (j.value.t !== "array") return err("value is not an array");
  if (index < 0 || index >= j.value.v.length) return err(`index ${index} is out of bounds`);
  const items = [...j.value.v];
  items[index] = value;
  return new NwJson({ t: "array", v: items });
}

function arrayInsert(j: NwJson, value: JsonValue, index: number): NwJson {
  if (j.value.t !== "array") return err("value is not an array");
  const items = [...j.value.v];
  if (index === -1) items.push(value);
  else if (index < 0 || index > items.length) return err(`index ${index} is out of bounds`);
  else items.splice(index, 0, value);
  return new NwJson({ t: "array", v: items });
}

function arrayDel(j: NwJson, index: number): NwJson {
  if (j.value.t !== "array") return err("value is not an array");
  if (index < 0 || index >= j.value.v.length) return err(`index ${index} is out of bounds`);
  return new NwJson({ t: "array", v: j.value.v.filter((_, i) => i !== index) });
}

/** Applies a copy-returning edit to the script's json itself (the *Inplace functions). */
function inplace(target: NwJson, result: NwJson): undefined {
  target.value = result.value;
  target.error = result.error;
  return undefined;
}

export const jsonFunctions: FunctionGroup = {
  JsonParse: (_w, [s]) => parseToNwJson(str(s)),
  JsonDump: (_w, [j, indent]) => dumpJson(json(j).value, int(indent)),
  JsonGetType: (_w, [j]) => JSON_TYPE[json(j).value.t],
  JsonGetLength: (_w, [j]) => {
    const v = json(j).value;
    if (v.t === "object") return v.v.size;
    if (v.t === "array") return v.v.length;
    return v.t === "null" ? 0 : 1;
  },
  JsonGetError: (_w, [j]) => json(j).error,
  JsonNull: (_w, [e]) => NwJson.null(str(e)),
  JsonObject: () => new NwJson(makeObject([])),
  JsonArray: () => new NwJson({ t: "array", v: [] }),
  JsonString: (_w, [s]) => new NwJson({ t: "string", v: str(s) }),
  JsonInt: (_w, [n]) => new NwJson({ t: "int", v: BigInt(int(n)) }),
  JsonFloat: (_w, [f]) => new NwJson({ t: "float", v: f as number }),
  JsonBool: (_w, [b]) => new NwJson({ t: "bool", v: int(b) !== 0 }),
  JsonGetString: (_w, [j]) => {
    const v = json(j).value;
    return v.t === "string" ? v.v : "";
  },
  JsonGetInt: (_w, [j]) => jsonToInt(json(j).value),
  JsonGetFloat: (_w, [j]) => jsonToFloat(json(j).value),
  JsonObjectKeys: (_w, [j]) => {
    const v = json(j).value;
    if (v.t !== "object") return new NwJson({ t: "array", v: [] }, "value is not an object");
    return new NwJson({ t: "array", v: [...v.v.keys()].map((k) => ({ t: "string", v: k }) as JsonValue) });
  },
  JsonObjectGet: (_w, [j, k]) => {
    const v = json(j).value;
    if (v.t !== "object") return err("value is not an object");
    const found = v.v.get(str(k));
    return found ? new NwJson(found) : err(`key "${str(k)}" not found`);
  },
  JsonObjectSet: (_w, [j, k, x]) => objectSet(json(j), str(k), json(x).value),
  JsonObjectDel: (_w, [j, k]) => objectDel(json(j), str(k)),
  JsonArrayGet: (_w, [j, i]) => {
    const v = json(j).value;
    if (v.t !== "array") return err("value is not an array");
    const found = v.v[int(i)];
    return int(i) >= 0 && found ? new NwJson(found) : err(`index ${int(i)} is out of bounds`);
  },
  JsonArraySet: (_w, [j, i, x]) => arraySet(json(j), int(i), json(x).value),
  JsonArrayInsert: (_w, [j, x, i]) => arrayInsert(json(j), json(x).value, int(i)),
  JsonArrayDel: (_w, [j, i]) => arrayDel(json(j), int(i)),
  JsonObjectSetInplace: (_w, [j, k, x]) => inplace(json(j), objectSet(json(j), str(k), json(x).value)),
  JsonObjectDelInplace: (_w, [j, k]) => inplace(json(j), objectDel(json(j), str(k))),
  JsonArraySetInplace: (_w, [j, i, x]) => inplace(json(j), arraySet(json(j), int(i), json(x).value)),
  JsonArrayInsertInplace: (_w, [j, x, i]) => inplace(json(j), arrayInsert(json(j), json(x).value, int(i))),
  JsonArrayDelInplace: (_w, [j, i]) => inplace(json(j), arrayDel(json(j), int(i))),
};
