// Splits nwscript.nss into tokens, dropping whitespace and comments (`//` and `/* */`).
// A `#` directive is kept whole as one token: its line is read by the parser.
import { NssDeclarationError } from "./error.js";

export type TokenKind = "ident" | "number" | "string" | "punct" | "directive" | "eof";

export interface Token {
  kind: TokenKind;
  /** Source text; for a directive, the line after `#` with any trailing comment removed. */
  text: string;
  line: number;
}

const PUNCTUATION = "(),=;[]-";
const isDigit = (c: string) => c >= "0" && c <= "9";
const isIdentStart = (c: string) => /[A-Za-z_]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_]/.test(c);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;

  const skipToEndOfLine = () => {
    while (i < text.length && text[i] !== "\n") i++;
  };

  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v") {
      i++;
    } else if (text.startsWith("//", i)) {
      skipToEndOfLine();
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new NssDeclarationError(line, "unterminated comment: expected '*/'");
      for (let j = i; j < end; j++) if (text[j] === "\n") line++;
      i = end + 2;
    } else if (c === "#") {
      const start = i + 1;
      skipToEndOfLine();
      const directive = text.slice(start, i).replace(/\/\/.*$/, "").trim();
      tokens.push({ kind: "directive", text: directive, line });
    } else if (c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      if (text[i] !== '"') throw new NssDeclarationError(line, 'unterminated string: expected \'"\' before the end of the line');
      i++;
      tokens.push({ kind: "string", text: text.slice(start, i), line });
    } else if (isDigit(c) || (c === "." && isDigit(text[i + 1] ?? ""))) {
      const match = /^(0[xX][0-9a-fA-F]+|\d*\.?\d*f?)/.exec(text.slice(i, i + 64))!;
      i += match[0].length;
      if (i < text.length && (isIdentPart(text[i]) || text[i] === ".")) {
        throw new NssDeclarationError(line, `malformed number '${match[0]}${text[i]}'`);
      }
      tokens.push({ kind: "number", text: match[0], line });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < text.length && isIdentPart(text[i])) i++;
      tokens.push({ kind: "ident", text: text.slice(start, i), line });
    } else if (PUNCTUATION.includes(c)) {
      tokens.push({ kind: "punct", text: c, line });
      i++;
    } else {
      throw new NssDeclarationError(line, `unexpected character '${c}'`);
    }
  }
  tokens.push({ kind: "eof", text: "", line });
  return tokens;
}
