// A strict JSON parser that keeps every value's offsets in the text, so fields can be edited in place.

export type JsonNode = JsonObject | JsonArray | JsonString | JsonScalar;

interface Span {
  /** Offset of the value's first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}
export interface JsonObject extends Span {
  kind: "object";
  members: JsonMember[];
}
export interface JsonArray extends Span {
  kind: "array";
  items: JsonNode[];
}
export interface JsonString extends Span {
  kind: "string";
  value: string;
}
export interface JsonScalar extends Span {
  kind: "number" | "true" | "false" | "null";
}
export interface JsonMember {
  key: string;
  /** Offset of the key's opening quote. */
  keyStart: number;
  /** Offset just past the key's closing quote. */
  keyEnd: number;
  value: JsonNode;
}

/** Bad JSON, at an offset of the text. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  // Editors do not count a byte-order mark as a column.
  const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
  return { line, column: offset - lineStart + 1 - bom };
}

export function parseJson(text: string): JsonNode {
  const parser = new Parser(text);
  // A UTF-8 byte-order mark is allowed before the document (and kept by the edits).
  if (text.charCodeAt(0) === 0xfeff) parser.pos = 1;
  parser.skipSpace();
  const root = parser.value();
  parser.skipSpace();
  if (parser.pos < text.length) parser.fail("unexpected text after the end of the document");
  return root;
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(message, at);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length && (t[this.pos] === " " || t[this.pos] === "\t" || t[this.pos] === "\n" || t[this.pos] === "\r")) this.pos++;
  }

  value(): JsonNode {
    const c = this.text[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const word of ["true", "false", "null"] as const) {
      if (this.text.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        return { kind: word, start, end: this.pos };
      }
    }
    if (c === undefined) this.fail("unexpected end of file, expected a value");
    this.fail(`unexpected ${describeChar(c)}, expected a value`);
  }

  object(): JsonObject {
    const start = this.pos++;
    const members: JsonMember[] = [];
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.pos] === "}") return { kind: "object", start, end: ++this.pos, members };
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.expected("a key in double quotes");
      const keyNode = this.string();
      if (seen.has(keyNode.value)) this.fail(`duplicate key ${JSON.stringify(keyNode.value)}`, keyNode.start);
      seen.add(keyNode.value);
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.expected("':'");
      this.pos++;
      this.skipSpace();
      members.push({ key: keyNode.value, keyStart: keyNode.start, keyEnd: keyNode.end, value: this.value() });
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "}") return { kind: "object", start, end: ++this.pos, members };
      this.expected("',' or '}'");
    }
  }

  array(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.pos] === "]") return { kind: "array", start, end: ++this.pos, items };
    for (;;) {
      this.skipSpace();
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "]") return { kind: "array", start, end: ++this.pos, items };
      this.expected("',' or ']'");
    }
  }

  string(): JsonString {
    const t = this.text;
    const start = this.pos++;
    let value = "";
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === "\n") this.fail("unterminated string", start);
      if (c === '"') break;
      if (c < " ") this.fail("control character in a string");
      if (c === "\\") {
        const e = t[this.pos + 1];
        if (e === "u") {
          const hex = t.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape");
          value += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
          continue;
        }
        if (e === undefined || !(e in ESCAPES)) this.fail("bad escape in a string");
        value += ESCAPES[e];
        this.pos += 2;
        continue;
      }
      value += c;
      this.pos++;
    }
    return { kind: "string", start, end: ++this.pos, value };
  }

  number(): JsonScalar {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) this.fail("bad number");
    const start = this.pos;
    this.pos += match[0].length;
    return { kind: "number", start, end: this.pos };
  }

  private expected(what: string): never {
    const c = this.text[this.pos];
    if (c === undefined) this.fail(`unexpected end of file, expected ${what}`);
    this.fail(`unexpected ${describeChar(c)}, expected ${what}`);
  }
}

function describeChar(c: string): string {
  return /[\x21-\x7e]/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
