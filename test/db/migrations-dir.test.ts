// Reading and validating a migrations folder: names, versions, statements; errors name the file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationChecksum } from "../../tools/db/checksum.js";
import { MigrationsError, readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { LATER, MIGRATIONS, migrationsFolder, tempDir } from "./helpers.js";

function failure(dir: string): MigrationsError {
  try {
    readMigrationsDir(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(MigrationsError);
    return e as MigrationsError;
  }
  throw new Error("no error");
}

describe("readMigrationsDir", () => {
  it("reads db/migrations: 0001_npc_state with the WAL pragma before its statements", () => {
    const [m, ...rest] = readMigrationsDir(MIGRATIONS);
    expect(rest).toEqual([]);
    expect(m!.version).toBe(1);
    expect(m!.name).toBe("npc_state");
    expect(m!.pragmas).toEqual(["PRAGMA journal_mode=WAL"]);
    expect(m!.statements[0]).toMatch(/^CREATE TABLE IF NOT EXISTS schema_migrations \(/);
    expect(m!.statements.every((s) => /^CREATE (TABLE|INDEX) IF NOT EXISTS /.test(s))).toBe(true);
    expect(m!.checksum).toBe(migrationChecksum(fs.readFileSync(path.join(MIGRATIONS, "0001_npc_state.sql"), "utf8")));
  });

  it("orders versions and ignores files that are not .sql", () => {
    const dir = migrationsFolder({ ...LATER, "README.md": "notes" });
    expect(readMigrationsDir(dir).map((m) => m.version)).toEqual([1, 2, 3]);
  });

  it("checksum: sha256 of the text, CRLF counted as LF", () => {
    expect(migrationChecksum("a\r\nb\n")).toBe(migrationChecksum("a\nb\n"));
    expect(migrationChecksum("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(migrationChecksum("a\nb")).not.toBe(migrationChecksum("a\nb\n"));
  });

  it("a duplicate version names both files", () => {
    const dir = migrationsFolder({ "0002_a.sql": "CREATE TABLE a (x);", "0002_b.sql": "CREATE TABLE b (x);" });
    const e = failure(dir);
    expect(e.message).toBe("version 0002 is used twice: 0002_a.sql and 0002_b.sql");
    expect(path.basename(e.file)).toBe("0002_b.sql");
  });

  it("a gap in the versions names the file after it", () => {
    const e = failure(migrationsFolder({ "0003_c.sql": "CREATE TABLE c (x);" }));
    expect(e.message).toMatch(/expected 0002, found 0003_c\.sql/);
  });

  it("a badly named .sql file is named", () => {
    for (const bad of ["2_short.sql", "0002-dash.sql", "0002_Upper.sql", "0002_.sql"]) {
      const e = failure(migrationsFolder({ [bad]: "SELECT 1;" }));
      expect(e.message).toContain(bad);
    }
  });

  it("rejects transaction control, late PRAGMAs, non-ASCII, empty files and unterminated quotes, with the line", () => {
    const cases: [string, RegExp, number | undefined][] = [
      ["CREATE TABLE x (a);\nCOMMIT;\n", /COMMIT is not allowed/, 2],
      ["CREATE TABLE x (a);\nBEGIN;\n", /BEGIN is not allowed/, 2],
      ["CREATE TABLE x (a);\nPRAGMA foreign_keys=ON;\n", /PRAGMA statements must come before/, 2],
      ["CREATE TABLE x (a TEXT DEFAULT 'é');\n", /printable ASCII/, 1],
      ["-- nothing\n", /no SQL statement/, undefined],
      ["\n\nCREATE TABLE x (a TEXT DEFAULT 'oops);\n", /unterminated '/, 3],
    ];
    for (const [text, message, line] of cases) {
      const e = failure(migrationsFolder({ "0002_x.sql": text }));
      expect(e.message).toMatch(message);
      expect(path.basename(e.file)).toBe("0002_x.sql");
      expect(e.line).toBe(line);
    }
  });

  it("a comment may hold anything (non-ASCII, COMMIT) since it is not run", () => {
    const dir = migrationsFolder({ "0002_x.sql": "-- café; COMMIT;\nCREATE TABLE IF NOT EXISTS x (a);\n" });
    expect(readMigrationsDir(dir)[1]!.statements).toEqual(["CREATE TABLE IF NOT EXISTS x (a)"]);
  });

  it("the first migration must create the ledger", () => {
    const dir = path.join(tempDir(), "m");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "0001_init.sql"), "CREATE TABLE a (x);\n");
    expect(failure(dir).message).toMatch(/first migration must create the ledger/);
  });

  it("a missing or empty folder is an error naming it", () => {
    const root = tempDir();
    expect(failure(path.join(root, "nope")).message).toBe("migrations folder not found");
    expect(failure(root).message).toMatch(/no NNNN_name\.sql migrations/);
  });
});
