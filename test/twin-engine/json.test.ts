// The Json* family: parse/dump round trips, nlohmann's number and escape formats, copies.
import { describe, expect, it } from "vitest";
import { NwJson, World } from "../../tools/twin/engine/index.js";
import { call } from "./helpers.js";

const w = new World();
const parse = (s: string) => call(w, "JsonParse", s) as NwJson;
const dump = (j: unknown, indent = -1) => call(w, "JsonDump", j as NwJson, indent) as string;

describe("JSON", () => {
  it("parses and dumps compactly with sorted keys", () => {
    expect(dump(parse('{"b": [1, 2.5, true, null], "a": "x"}'))).toBe('{"a":"x","b":[1,2.5,true,null]}');
    expect(dump(parse("  42 "))).toBe("42");
    expect(dump(parse("-0"))).toBe("0");
    expect(dump(parse("18446744073709551615"))).toBe("18446744073709551615");
  });

  it("pretty-prints with the given indent", () => {
    expect(dump(parse('{"a":[1,{}],"b":{}}'), 2)).toBe('{\n  "a": [\n    1,\n    {}\n  ],\n  "b": {}\n}');
    expect(dump(parse("[1]"), 0)).toBe("[\n1\n]");
  });

  it("writes doubles like nlohmann: shortest digits, .0 on integral values, e+XX exponents", () => {
    expect(dump(call(w, "JsonFloat", Math.fround(0.1)))).toBe("0.10000000149011612");
    expect(dump(call(w, "JsonFloat", 2))).toBe("2.0");
    expect(dump(parse("1e20"))).toBe("1e+20");
    expect(dump(parse("1.5e-7"))).toBe("1.5e-07");
    expect(dump(parse("0.0001"))).toBe("0.0001");
    expect(dump(parse("123456789012345.0"))).toBe("123456789012345.0");
    expect(dump(parse("1234567890123456.0"))).toBe("1.234567890123456e+15");
  });

  it("escapes non-ASCII and control characters", () => {
    expect(dump(call(w, "JsonString", 'é"\\\n\u0001/'))).toBe('"\\u00e9\\"\\\\\\n\\u0001/"');
    expect(call(w, "JsonGetString", parse('"\\u00e9t\\u00e9"'))).toBe("été");
  });

  it("reports parse errors as null with an error text", () => {
    const bad = parse("{nope}");
    expect(call(w, "JsonGetType", bad)).toBe(0);
    expect(call(w, "JsonGetError", bad)).toMatch(/parse error at position 2/);
    expect(call(w, "JsonGetError", parse("[1,]"))).not.toBe("");
    expect(call(w, "JsonGetError", parse("[1] x"))).not.toBe("");
    expect(call(w, "JsonGetError", parse("[1]"))).toBe("");
  });

  it("types, lengths and conversions", () => {
    const j = parse('{"i": 7, "f": 2.75, "s": "txt", "b": true, "a": [1, 2, 3], "big": 4294967297}');
    const get = (k: string) => call(w, "JsonObjectGet", j, k) as NwJson;
    expect(["i", "f", "s", "b", "a"].map((k) => call(w, "JsonGetType", get(k)))).toEqual([4, 5, 3, 6, 2]);
    expect(call(w, "JsonGetType", j)).toBe(1);
    expect(call(w, "JsonGetLength", j)).toBe(6);
    expect(call(w, "JsonGetLength", get("a"))).toBe(3);
    expect(call(w, "JsonGetLength", get("s"))).toBe(1);
    expect(call(w, "JsonGetLength", call(w, "JsonNull", ""))).toBe(0);
    expect(call(w, "JsonGetInt", get("f"))).toBe(2);
    expect(call(w, "JsonGetInt", get("b"))).toBe(1);
    expect(call(w, "JsonGetInt", get("big"))).toBe(1);
    expect(call(w, "JsonGetInt", get("s"))).toBe(0);
    expect(call(w, "JsonGetFloat", get("i"))).toBe(7);
    expect(call(w, "JsonGetString", get("i"))).toBe("");
    expect(dump(call(w, "JsonObjectKeys", j))).toBe('["a","b","big","f","i","s"]');
    expect(call(w, "JsonGetError", call(w, "JsonObjectGet", j, "missing"))).not.toBe("");
  });

  it("editing functions return copies; Inplace edits change only that value", () => {
    const obj = call(w, "JsonObject") as NwJson;
    const withA = call(w, "JsonObjectSet", obj, "a", call(w, "JsonInt", 1)!) as NwJson;
    expect(dump(obj)).toBe("{}");
    expect(dump(withA)).toBe('{"a":1}');
    expect(dump(call(w, "JsonObjectDel", withA, "a"))).toBe("{}");
    const arr = parse("[1,2,3]");
    expect(dump(call(w, "JsonArrayInsert", arr, call(w, "JsonInt", 9)!, -1))).toBe("[1,2,3,9]");
    expect(dump(call(w, "JsonArrayInsert", arr, call(w, "JsonInt", 9)!, 0))).toBe("[9,1,2,3]");
    expect(dump(call(w, "JsonArrayInsert", arr, call(w, "JsonInt", 9)!, 3))).toBe("[1,2,3,9]");
    expect(call(w, "JsonGetType", call(w, "JsonArrayInsert", arr, call(w, "JsonInt", 9)!, 4))).toBe(0);
    expect(dump(call(w, "JsonArraySet", arr, 1, call(w, "JsonBool", 0)!))).toBe("[1,false,3]");
    expect(call(w, "JsonGetType", call(w, "JsonArraySet", arr, 3, call(w, "JsonBool", 0)!))).toBe(0);
    expect(dump(call(w, "JsonArrayDel", arr, 0))).toBe("[2,3]");
    expect(dump(call(w, "JsonArrayGet", arr, 2))).toBe("3");
    expect(call(w, "JsonGetType", call(w, "JsonArrayGet", arr, -1))).toBe(0);
    expect(dump(arr)).toBe("[1,2,3]");
    const copy = call(w, "JsonArrayInsert", arr, call(w, "JsonInt", 0)!, -1) as NwJson;
    call(w, "JsonArrayDelInplace", arr, 0);
    expect(dump(arr)).toBe("[2,3]");
    expect(dump(copy)).toBe("[1,2,3,0]");
    call(w, "JsonObjectSetInplace", obj, "k", parse('"v"'));
    expect(dump(obj)).toBe('{"k":"v"}');
  });

  it("json locals are copied in and out", () => {
    const m = w.module.handle;
    const j = parse("[1]");
    call(w, "SetLocalJson", m, "j", j);
    call(w, "JsonArrayInsertInplace", j, call(w, "JsonInt", 2)!, -1);
    const back = call(w, "GetLocalJson", m, "j") as NwJson;
    expect(dump(back)).toBe("[1]");
    call(w, "JsonArrayInsertInplace", back, call(w, "JsonInt", 3)!, -1);
    expect(dump(call(w, "GetLocalJson", m, "j"))).toBe("[1]");
    call(w, "DeleteLocalJson", m, "j");
    expect(call(w, "JsonGetType", call(w, "GetLocalJson", m, "j"))).toBe(0);
  });
});
