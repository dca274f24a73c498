// The position-keeping JSON parser wire edits with: same values as JSON.parse, errors at the right place.
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, lineColumn, type JsonNode, parseJson } from "../../compiler/wire/json-tree.js";

/** The plain value of a parsed node, to compare with JSON.parse. */
function plain(text: string, node: JsonNode): unknown {
  switch (node.kind) {
    case "object":
      return Object.fromEntries(node.members.map((m) => [m.key, plain(text, m.value)]));
    case "array":
      return node.items.map((item) => plain(text, item));
    case "string":
      return node.value;
    default:
      return JSON.parse(text.slice(node.start, node.end));
  }
}

function errorAt(text: string): string {
  try {
    parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineColumn(text, error.offset);
    return `${line}:${column} ${error.message}`;
  }
  return "no error";
}

describe("parseJson", () => {
  it("reads what JSON.parse reads, with spans that cover each value's text", () => {
    const text = '\uFEFF{ "a": [1, -2.5e3, true, false, null], "b": {"c": "x\\"\\u00e9\\n\\/"}, "": [] }\r\n';
    const root = parseJson(text);
    expect(plain(text, root)).toEqual(JSON.parse(text.slice(1)));
    expect(root.kind).toBe("object");
    if (root.kind !== "object") return;
    const b = root.members[1]!;
    expect(text.slice(b.keyStart, b.keyEnd)).toBe('"b"');
    expect(text.slice(b.value.start, b.value.end)).toBe('{"c": "x\\"\\u00e9\\n\\/"}');
  });

  it("places errors at their line and column", () => {
    expect(errorAt('{\n  "a": 1,\n}')).toBe("3:1 unexpected '}', expected a key in double quotes");
    expect(errorAt('{"a" 1}')).toBe("1:6 unexpected '1', expected ':'");
    expect(errorAt('{"a": [1 2]}')).toBe("1:10 unexpected '2', expected ',' or ']'");
    expect(errorAt('{"a": "b')).toBe("1:7 unterminated string");
    expect(errorAt('{"a": 1}\n{')).toBe("2:1 unexpected text after the end of the document");
    expect(errorAt('{"a": 1, "a": 2}')).toBe('1:10 duplicate key "a"');
    expect(errorAt('{"a": tru}')).toBe("1:7 unexpected 't', expected a value");
    expect(errorAt('{"a": 01}')).toBe("1:8 unexpected '1', expected ',' or '}'");
    expect(errorAt("")).toBe("1:1 unexpected end of file, expected a value");
    expect(errorAt('{"a": 1')).toBe("1:8 unexpected end of file, expected ',' or '}'");
    expect(errorAt('\uFEFF{"a" 1}')).toBe("1:6 unexpected '1', expected ':'");
  });
});
