// Tokenizer for NWScript source, following the official compiler's character rules: unknown
// characters separate tokens silently, `1f` is a float, `017` is decimal, an identifier directly
// followed by `.` starts a field access, and a string may not run past the end of its line.
import { E, NssError } from "./errors.js";
import { parseNssFloat, parseNssInt } from "./literals.js";

export type Punct =
  | "{" | "}" | "(" | ")" | "[" | "]" | ";" | "," | "." | "?" | ":" | "~"
  | "+" | "-" | "*" | "/" | "%" | "=" | "!" | "<" | ">" | "&" | "|" | "^"
  | "++" | "--" | "==" | "!=" | "<=" | ">=" | "&&" | "||" | "<<" | ">>" | ">>>"
  | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | ">>>=";

// Every token has the same four properties (in the same order) so property reads stay fast.
export type Token =
  | { kind: "ident"; text: string; value: undefined; line: number }
  | { kind: "int"; text: string; value: number; line: number }
  | { kind: "float"; text: string; value: number; line: number }
  | { kind: "string"; text: string; value: string; line: number }
  | { kind: "punct"; text: Punct; value: undefined; line: number }
  | { kind: "eof"; text: ""; value: undefined; line: number };

/** Longest string or identifier the compiler accepts is one byte shorter than this. */
export const MAX_TOKEN_LENGTH = 32768;

const ONE_CHAR: ReadonlySet<string> = new Set(["{", "}", "(", ")", "[", "]", ";", ",", "?", ":", "~"]);

/** Printable characters that start no token: they are skipped like whitespace. */
const IGNORED = new Uint8Array(128);
for (const ch of "$'@\\`") IGNORED[ch.charCodeAt(0)] = 1;

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** [A-Za-z0-9_] by char code. */
function isIdentCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || (code >= 48 && code <= 57);
}

function isIdentChar(c: string): boolean {
  return c !== "" && isIdentCode(c.charCodeAt(0));
}

function isIdentStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

export class Lexer {
  private pos = 0;
  private line = 1;
  /** End offset of the last identifier token: a `.` right after it is a field access. */
  private identEnd = -1;
  private readonly text: string;

  constructor(
    text: string,
    readonly file: string,
  ) {
    // The compiler reads the file as a C string: anything after a NUL byte is not seen.
    const nul = text.indexOf("\0");
    this.text = nul >= 0 ? text.slice(0, nul) : text;
  }

  private fail(message: string, line = this.line): never {
    throw new NssError(message, this.file, line);
  }

  /** Consumes one char, counting lines. */
  private bump(): string {
    const c = this.text[this.pos++];
    if (c === "\n") this.line++;
    return c;
  }

  next(): Token {
    const t = this.text;
    const len = t.length;
    for (;;) {
      // Skip whitespace and characters the language has no use for (they only separate tokens).
      let code = t.charCodeAt(this.pos);
      while (this.pos < len && (code <= 32 || code >= 127 || IGNORED[code] === 1)) {
        if (code === 10) this.line++;
        code = t.charCodeAt(++this.pos);
      }
      if (this.pos >= len) return { kind: "eof", text: "", value: undefined, line: this.line };
      const c = t[this.pos];
      const n = t[this.pos + 1] ?? "";
      if (c === "/" && n === "/") {
        const eol = t.indexOf("\n", this.pos);
        this.pos = eol < 0 ? len : eol;
        continue;
      }
      if (c === "/" && n === "*") {
        this.skipBlockComment();
        continue;
      }
      if ((c === "r" || c === "R") && n === '"') return this.rawString();
      if (code >= 48 && code <= 57) return this.number();
      if (c === ".") {
        if (isDigit(n) && this.identEnd !== this.pos) return this.number();
        this.pos++;
        return { kind: "punct", text: ".", value: undefined, line: this.line };
      }
      if (isIdentStart(c) || c === "#") return this.identifier();
      if (c === '"') return this.string();
      return this.operator(c, n);
    }
  }

  private skipBlockComment(): void {
    this.pos += 2;
    const t = this.text;
    while (this.pos < t.length) {
      if (t[this.pos] === "*" && t[this.pos + 1] === "/") {
        this.pos += 2;
        return;
      }
      this.bump();
    }
  }

  private identifier(): Token {
    const t = this.text;
    const start = this.pos++;
    while (this.pos < t.length && isIdentCode(t.charCodeAt(this.pos))) this.pos++;
    const text = t.slice(start, this.pos);
    if (text.length >= MAX_TOKEN_LENGTH) this.fail(E.TOKEN_TOO_LONG);
    if (text[0] === "#" && text !== "#include" && text !== "#define") this.fail(E.ELLIPSIS_IN_IDENTIFIER);
    this.identEnd = this.pos;
    return { kind: "ident", text, value: undefined, line: this.line };
  }

  private number(): Token {
    const t = this.text;
    const start = this.pos;
    const c = t[this.pos];
    const n = t[this.pos + 1] ?? "";
    if (c === "0" && /[xXoObB]/.test(n)) {
      const radix = /[xX]/.test(n) ? 16 : /[oO]/.test(n) ? 8 : 2;
      this.pos += 2;
      const digitsStart = this.pos;
      while (this.pos < t.length && this.isRadixDigit(t[this.pos], radix)) this.pos++;
      const digits = t.slice(digitsStart, this.pos);
      const after = t[this.pos] ?? "";
      if (isIdentChar(after) || after === ".") this.fail(E.UNEXPECTED_CHARACTER);
      return { kind: "int", text: t.slice(start, this.pos), value: parseNssInt(digits, radix), line: this.line };
    }
    let isFloat = false;
    while (this.pos < t.length && isDigit(t[this.pos])) this.pos++;
    if (t[this.pos] === ".") {
      isFloat = true;
      this.pos++;
      while (this.pos < t.length && isDigit(t[this.pos])) this.pos++;
      if (t[this.pos] === ".") this.fail(E.UNEXPECTED_CHARACTER);
    }
    const body = t.slice(start, this.pos);
    if (body.length >= MAX_TOKEN_LENGTH) this.fail(E.TOKEN_TOO_LONG);
    if (t[this.pos] === "f") {
      // A trailing f makes a float, also after an integer (`1f`).
      this.pos++;
      isFloat = true;
    }
    const text = t.slice(start, this.pos);
    if (isFloat) return { kind: "float", text, value: parseNssFloat(body), line: this.line };
    return { kind: "int", text, value: parseNssInt(body, 10), line: this.line };
  }

  private isRadixDigit(ch: string, radix: number): boolean {
    if (radix === 16) return /[0-9a-fA-F]/.test(ch);
    if (radix === 8) return ch >= "0" && ch <= "7";
    return ch === "0" || ch === "1";
  }

  private string(): Token {
    const t = this.text;
    this.pos++;
    let out = "";
    for (;;) {
      if (this.pos >= t.length) this.fail(E.UNTERMINATED_STRING);
      const c = t[this.pos];
      if (c === "\n") this.fail(E.UNTERMINATED_STRING);
      if (c === '"') {
        this.pos++;
        return { kind: "string", text: out, value: out, line: this.line };
      }
      if (c === "\\") {
        const n = t[this.pos + 1];
        if (n === "n" || n === "\\" || n === '"') {
          out += n === "n" ? "\n" : n;
          this.pos += 2;
        } else if (n === "x") {
          this.pos += 2;
          if (this.pos + 2 > t.length) this.fail(E.UNTERMINATED_STRING);
          const pair = this.bump() + this.bump();
          out += String.fromCharCode(hexPairValue(pair));
        } else {
          // Any other escape drops the backslash; the next char is read normally.
          this.pos++;
        }
      } else {
        out += c;
        this.pos++;
      }
      if (out.length >= MAX_TOKEN_LENGTH) this.fail(E.TOKEN_TOO_LONG);
    }
  }

  private rawString(): Token {
    const t = this.text;
    this.pos += 2;
    let out = "";
    for (;;) {
      if (this.pos >= t.length) this.fail(E.UNTERMINATED_STRING);
      const c = this.bump();
      if (c === '"') {
        if (t[this.pos] !== '"') return { kind: "string", text: out, value: out, line: this.line };
        this.pos++;
      }
      out += c;
      if (out.length >= MAX_TOKEN_LENGTH) this.fail(E.TOKEN_TOO_LONG);
    }
  }

  private operator(c: string, n: string): Token {
    const line = this.line;
    let text: Punct;
    if (ONE_CHAR.has(c)) text = c as Punct;
    else {
      switch (c) {
        case "+":
          text = n === "=" ? "+=" : n === "+" ? "++" : "+";
          break;
        case "-":
          text = n === "=" ? "-=" : n === "-" ? "--" : "-";
          break;
        case "*":
        case "/":
        case "%":
        case "^":
        case "!":
        case "=":
          text = (n === "=" ? `${c}=` : c) as Punct;
          break;
        case "&":
          text = n === "&" ? "&&" : n === "=" ? "&=" : "&";
          break;
        case "|":
          text = n === "|" ? "||" : n === "=" ? "|=" : "|";
          break;
        case "<":
          text = n === "=" ? "<=" : n === "<" ? (this.text[this.pos + 2] === "=" ? "<<=" : "<<") : "<";
          break;
        case ">":
          text = n === "=" ? ">=" : n === ">" ? this.rightShift() : ">";
          break;
        default:
          throw new Error(`lexer: unhandled character ${JSON.stringify(c)}`);
      }
    }
    this.pos += text.length;
    return { kind: "punct", text, value: undefined, line };
  }

  /** After `>>`: `>>=`, `>>>`, `>>>=` or `>>`. */
  private rightShift(): Punct {
    const n2 = this.text[this.pos + 2];
    if (n2 === "=") return ">>=";
    if (n2 === ">") return this.text[this.pos + 3] === "=" ? ">>>=" : ">>>";
    return ">>";
  }
}

/** `\xHH`: the two chars read like C's strtol(…, 16) and cut to a byte. */
function hexPairValue(pair: string): number {
  const m = /^\s*([+-]?)([0-9a-fA-F]*)/.exec(pair);
  if (!m || m[2] === "") return 0;
  const v = parseInt(m[2], 16);
  return (m[1] === "-" ? -v : v) & 0xff;
}

/** All tokens of a text up to and including EOF (used by tests and the langspec reader). */
export function tokenize(text: string, file = "<text>"): Token[] {
  const lexer = new Lexer(text, file);
  const out: Token[] = [];
  for (;;) {
    const tok = lexer.next();
    out.push(tok);
    if (tok.kind === "eof") return out;
  }
}
