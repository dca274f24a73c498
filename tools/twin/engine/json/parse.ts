// JsonParse: strict RFC 8259 text to a JsonValue. Integers without fraction or exponent stay
// integers (int64, or uint64 when larger; beyond that they become doubles, as nlohmann does).
// Error texts say where parsing stopped; they are not the game's exact wording.
import { J_NULL, makeObject, type JsonValue } from "./value.js";

export class JsonParseError extends Error {}

export function parseJson(text: string): JsonValue {
  const p = new Parser(text);
  p.space();
  const v = p.value(0);
  p.space();
  if (p.pos < text.length) p.fail("unexpected text after the value");
  return v;
}

const MAX_DEPTH = 512;

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  fail(what: string): never {
    throw new JsonParseError(`parse error at position ${this.pos + 1}: ${what}`);
  }

  space(): void {
    while (this.pos < this.s.length && " \t\n\r".includes(this.s[this.pos]!)) this.pos++;
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail("nesting too deep");
    const ch = this.s[this.pos];
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') return { t: "string", v: this.string() };
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return this.number();
    for (const [word, v] of [
      ["true", { t: "bool", v: true }],
      ["false", { t: "bool", v: false }],
      ["null", J_NULL],
    ] as const) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    this.fail(ch === undefined ? "unexpected end of input" : `unexpected character '${ch}'`);
  }

  private object(depth: number): JsonValue {
    this.pos++;
    const entries: [string, JsonValue][] = [];
    this.space();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return makeObject(entries);
    }
    for (;;) {
      this.space();
      if (this.s[this.pos] !== '"') this.fail("expected a string key");
      const key = this.string();
      this.space();
      if (this.s[this.pos] !== ":") this.fail("expected ':'");
      this.pos++;
      this.space();
      entries.push([key, this.value(depth + 1)]);
      this.space();
      const c = this.s[this.pos++];
      if (c === "}") return makeObject(entries);
      if (c !== ",") {
        this.pos--;
        this.fail("expected ',' or '}'");
      }
    }
  }

  private array(depth: number): JsonValue {
    this.pos++;
    const items: JsonValue[] = [];
    this.space();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return { t: "array", v: items };
    }
    for (;;) {
      this.space();
      items.push(this.value(depth + 1));
      this.space();
      const c = this.s[this.pos++];
      if (c === "]") return { t: "array", v: items };
      if (c !== ",") {
        this.pos--;
        this.fail("expected ',' or ']'");
      }
    }
  }

  private string(): string {
    this.pos++;
    let out = "";
    for (;;) {
      const ch = this.s[this.pos++];
      if (ch === undefined) this.fail("unterminated string");
      if (ch === '"') return out;
      if (ch < " ") this.fail("control character in string");
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      const e = this.s[this.pos++];
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e !== undefined && simple[e] !== undefined) out += simple[e];
      else if (e === "u") {
        const hex = this.s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape");
        this.pos += 4;
        out += String.fromCharCode(Number.parseInt(hex, 16));
      } else this.fail("bad escape");
    }
  }

  private number(): JsonValue {
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.pos));
    if (!m) this.fail("bad number");
    this.pos += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      const big = BigInt(m[0]);
      if (big >= -(1n << 63n) && big < 1n << 64n) return { t: "int", v: big };
    }
    return { t: "float", v: Number(m[0]) };
  }
}
