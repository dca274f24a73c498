// EXPLAIN QUERY PLAN on every query the project issues (SQL string literals in runtime-ts/ and
// tools/db/), against the migrated schema: no query may scan a whole table.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { migrate } from "../../tools/db/migrator.js";
import { MIGRATIONS, REPO, tempDir } from "./helpers.js";
import { fullScans, type SqlLiteral, sqlLiterals, tsFilesUnder } from "./query-plan-check.js";

const FILES = [...tsFilesUnder(path.join(REPO, "runtime-ts")), ...tsFilesUnder(path.join(REPO, "tools/db"))];

function migratedSchema(ddl: readonly SqlLiteral[]): Database.Database {
  const db = new Database(":memory:");
  migrate(db, readMigrationsDir(MIGRATIONS), { appliedBy: "test" });
  for (const d of ddl) db.exec(d.sql);
  return db;
}

function problems(files: readonly string[]): { checked: number; found: string[] } {
  const all = files.map((f) => sqlLiterals(f));
  const db = migratedSchema(all.flatMap((a) => a.ddl));
  const found: string[] = [];
  let checked = 0;
  try {
    for (const q of all.flatMap((a) => a.queries)) {
      const where = `${path.relative(REPO, q.file)}:${q.line}`;
      checked++;
      try {
        for (const scan of fullScans(db, q.sql)) found.push(`${where}: ${scan} (full table scan): ${q.sql}`);
      } catch (e) {
        found.push(`${where}: cannot plan: ${(e as Error).message}: ${q.sql}`);
      }
    }
  } finally {
    db.close();
  }
  return { checked, found };
}

describe("query plans", () => {
  it("no query in runtime-ts/ or tools/db/ scans a whole table", () => {
    const { checked, found } = problems(FILES);
    expect(found).toEqual([]);
    // The migrators' own queries are among them (the finder is not finding nothing).
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("finds the migrators' ledger queries", () => {
    const sqls = FILES.flatMap((f) => sqlLiterals(f).queries.map((q) => q.sql));
    expect(sqls).toContain("SELECT name, checksum FROM schema_migrations WHERE version = @version");
    expect(sqls).toContain("SELECT version, name, checksum, applied_at, applied_by FROM schema_migrations WHERE version > @after ORDER BY version");
    expect(sqls.some((s) => s.startsWith("INSERT INTO schema_migrations"))).toBe(true);
  });

  it("fails on a planted full-scan query, and passes the indexed form of it", () => {
    const dir = tempDir();
    const planted = path.join(dir, "planted.ts");
    fs.writeFileSync(
      planted,
      [
        'const A = "SELECT npc_id FROM npc_state WHERE template = @template";',
        "const B = `UPDATE npc_blackboard SET data = '{}' WHERE data = @d`;",
        'const C = "SELECT npc_id FROM npc_state WHERE area_id = @area ORDER BY npc_id";',
        'const D = "not sql: SELECT";',
      ].join("\n"),
    );
    const { checked, found } = problems([planted]);
    expect(checked).toBe(3);
    expect(found).toEqual([
      expect.stringMatching(/planted\.ts:1: SCAN npc_state \(full table scan\)/),
      expect.stringMatching(/planted\.ts:2: SCAN npc_blackboard \(full table scan\)/),
    ]);
  });

  it("reports a query that does not plan (an unknown table) instead of skipping it", () => {
    const dir = tempDir();
    const planted = path.join(dir, "planted.ts");
    fs.writeFileSync(planted, 'const A = "SELECT x FROM no_such_table WHERE x = 1";\n');
    expect(problems([planted]).found).toEqual([expect.stringMatching(/planted\.ts:1: cannot plan: no such table: no_such_table/)]);
  });
});
