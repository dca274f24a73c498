// The statement splitter both routes use.
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
