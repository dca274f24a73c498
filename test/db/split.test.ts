// The statement splitter both routes use.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSqlStatements, SqlSplitError } from "../../tools/db/split.js";

const texts = (sql: string) => splitSqlStatements(sql).map((s) => s.text);

describe("splitSqlStatements", () => {
  it("splits on ; and gives canonical single-line statements with their lines", () => {
    const got = splitSqlStatements("-- header\nCREATE TABLE a (\n  x INTEGER ,\n  y TEXT\n);\n\n/* two */ CREATE INDEX ai ON a(x);\n");
    expect(got).toEqual([
      { text: "CREATE TABLE a (x INTEGER, y TEXT)", line: 2 },
      { text: "CREATE INDEX ai ON a(x)", line: 7 },
    ]);
  });

  it("keeps ; -- /* and whitespace inside quotes, and doubled quotes", () => {
    expect(texts("INSERT INTO t VALUES ('a;b -- c /* d */  e', 'it''s');SELECT \"we;ird\" FROM [x;y] JOIN `z;w`;")).toEqual([
      "INSERT INTO t VALUES ('a;b -- c /* d */  e', 'it''s')",
      'SELECT "we;ird" FROM [x;y] JOIN `z;w`',
    ]);
  });

  it("drops comments, including ones holding ; and quotes", () => {
    expect(texts("SELECT 1; -- it's; here\nSELECT /* ; ' */ 2;")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("keeps a trigger body's statements in the CREATE TRIGGER", () => {
    expect(texts("CREATE TRIGGER tr AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  DELETE FROM b;\nEND;\nSELECT 3;")).toEqual([
      "CREATE TRIGGER tr AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END",
      "SELECT 3",
    ]);
  });

  it("ignores empty statements and a missing final ;", () => {
    expect(texts(";;\n SELECT 1 ;; SELECT 2")).toEqual(["SELECT 1", "SELECT 2"]);
    expect(texts("-- only a comment\n")).toEqual([]);
  });

  it("treats CRLF like LF", () => {
    expect(splitSqlStatements("SELECT 1;\r\n\r\nSELECT\r\n 2;")).toEqual([
      { text: "SELECT 1", line: 1 },
      { text: "SELECT 2", line: 3 },
    ]);
  });

  it("reports an unterminated quote or comment at the line where it opens", () => {
    for (const [sql, line, what] of [
      ["SELECT 1;\nSELECT 'abc;\n\n", 2, /unterminated '/],
      ["SELECT 1;\n\n/* never closed", 3, /unterminated \/\*/],
    ] as const) {
      try {
        splitSqlStatements(sql);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SqlSplitError);
        expect((e as SqlSplitError).line).toBe(line);
        expect((e as Error).message).toMatch(what);
      }
    }
  });
});

describe("splitSqlStatements on generated input", () => {
  // Tokens that survive splitting unchanged: words, numbers, punctuation, and quoted text
  // holding the characters the splitter must not act on inside quotes.
  const quoted = fc
    .array(fc.constantFrom("a", " ", ";", "--", "/*", "*/", "''", '"', "(", ")", ","), { maxLength: 6 })
    .map((parts) => `'${parts.join("")}'`);
  const token = fc.oneof(
    fc.constantFrom("SELECT", "x", "t_1", "42", "=", "+", "(", ")", ",", "*", '"col;1"', "[a;b]"),
    quoted,
  );
  const gap = fc.constantFrom(" ", "\n", "\t", "  \n ", " /* ; ' */ ", " -- ; 'x\n");
  const statement = fc.array(fc.tuple(token, gap), { minLength: 1, maxLength: 8 });

  /** What the splitter should give: tokens joined by one space, none after "(" or before ")" and ",". */
  function canonical(tokens: string[]): string {
    let out = tokens[0]!;
    for (let i = 1; i < tokens.length; i++) out += tokens[i - 1] === "(" || tokens[i] === ")" || tokens[i] === "," ? tokens[i] : ` ${tokens[i]}`;
    return out;
  }

  it("splits statements joined with ; and arbitrary whitespace and comments back into their canonical text", () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 5 }), fc.constantFrom(";", ";\n", " ;\r\n-- c;\n"), (statements, sep) => {
        const text = statements.map((s) => s.map(([t, g]) => `${t}${g}`).join("")).join(sep);
        expect(texts(text)).toEqual(statements.map((s) => canonical(s.map(([t]) => t))));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
