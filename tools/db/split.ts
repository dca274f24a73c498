// Splits a migration file into statements, the way both routes run them: in-game
// SqlPrepareQueryCampaign prepares ONE statement, so the Node migrator runs the same pieces.
// Each statement comes back in canonical form: comments dropped, whitespace outside quotes
// collapsed to one space (none after "(" or before ")" and ","), no trailing ";" (single-line, so it is one NWScript string literal).

export interface SqlStatement {
  /** Canonical text (see above). */
  text: string;
  /** 1-based line of the statement's first token in the file. */
  line: number;
}

export class SqlSplitError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "SqlSplitError";
  }
}

const QUOTE_CLOSE: Record<string, string> = { "'": "'", '"': '"', "`": "`", "[": "]" };

export function splitSqlStatements(source: string): SqlStatement[] {
  const text = source.replace(/\r\n/g, "\n");
  const statements: SqlStatement[] = [];
  let out = "";
  let startLine = 0;
  let line = 1;
  let pendingSpace = false;
  /** The last chunk was an unquoted "(" (no space after it). */
  let afterParen = false;
  // Words of the current statement outside quotes, upper-cased: a trigger body's ";" ends the
  // statement only after its END.
  let words: string[] = [];
  let word = "";

  const endWord = () => {
    if (word !== "") words.push(word.toUpperCase());
    word = "";
  };
  const emit = (chunk: string) => {
    if (out === "") startLine = line;
    else if (pendingSpace && !afterParen && chunk !== ")" && chunk !== ",") out += " ";
    pendingSpace = false;
    afterParen = chunk === "(";
    out += chunk;
  };
  const finish = () => {
    endWord();
    if (out !== "") statements.push({ text: out, line: startLine });
    out = "";
    pendingSpace = false;
    words = [];
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "-" && next === "-") {
      endWord();
      while (i < text.length && text[i] !== "\n") i++;
      pendingSpace = true;
      continue;
    }
    if (c === "/" && next === "*") {
      endWord();
      const open = line;
      i += 2;
      while (i < text.length && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] === "\n") line++;
        i++;
      }
      if (i >= text.length) throw new SqlSplitError("unterminated /* comment", open);
      i += 2;
      pendingSpace = true;
      continue;
    }
    if (c in QUOTE_CLOSE) {
      endWord();
      const close = QUOTE_CLOSE[c]!;
      const open = line;
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new SqlSplitError(`unterminated ${c}…${close} quote`, open);
        if (text[j] === "\n") line++;
        if (text[j] === close) {
          // A doubled closing quote ('it''s') is one character of the literal, not its end.
          if (close !== "]" && text[j + 1] === close) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      const lineAfter = line;
      line = open;
      emit(text.slice(i, j + 1));
      line = lineAfter;
      i = j + 1;
      continue;
    }
    if (c === ";") {
      endWord();
      if (isTrigger(words) && words[words.length - 1] !== "END") {
        emit(";");
        i++;
        continue;
      }
      finish();
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      endWord();
      if (c === "\n") line++;
      pendingSpace = out !== "";
      i++;
      continue;
    }
    if (/[A-Za-z0-9_$]/.test(c)) word += c;
    else endWord();
    emit(c);
    i++;
  }
  finish();
  return statements;
}

function isTrigger(words: readonly string[]): boolean {
  if (words[0] !== "CREATE") return false;
  const k = words[1] === "TEMP" || words[1] === "TEMPORARY" ? 2 : 1;
  return words[k] === "TRIGGER";
}

/** The statement's first keyword, upper-cased ("PRAGMA", "CREATE", …). */
export function firstKeyword(statement: string): string {
  return (/^[A-Za-z]+/.exec(statement)?.[0] ?? "").toUpperCase();
}
