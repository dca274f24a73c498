// The migrations in db/migrations produce exactly the reference DDL of db/schema/*.sql.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openNpcDatabase } from "../../tools/db/db-file.js";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { migrate } from "../../tools/db/migrator.js";
import { splitSqlStatements } from "../../tools/db/split.js";
import { dumpSchema, MIGRATIONS, REPO, tempDir } from "./helpers.js";

const SCHEMA = path.join(REPO, "db/schema");

/** The CREATE text without "IF NOT EXISTS" and with SQL's insignificant spacing normalised. */
function normalise(sql: string | null): string | null {
  if (sql === null) return null;
  const [one] = splitSqlStatements(sql);
  return one!.text.replace(/ IF NOT EXISTS /i, " ");
}

function comparable(file: string) {
  const { objects, details } = dumpSchema(file);
  return { objects: objects.map((o) => ({ ...o, sql: normalise(o.sql) })), details };
}

describe("db/schema (reference DDL)", () => {
  it("has one file per table of the migrations", () => {
    expect(fs.readdirSync(SCHEMA).sort()).toEqual(["npc_blackboard.sql", "npc_state.sql", "schema_migrations.sql"]);
  });

  it("equals what the migrations produce: tables, columns, defaults, keys, indexes, foreign keys and the DDL text", () => {
    const dir = tempDir();
    const migrated = path.join(dir, "migrated.sqlite3");
    const db = openNpcDatabase(migrated, { create: true });
    migrate(db, readMigrationsDir(MIGRATIONS), { appliedBy: "test" });
    db.close();

    const reference = path.join(dir, "reference.sqlite3");
    const ref = new Database(reference);
    // Tables in dependency order (npc_blackboard references npc_state).
    for (const f of ["schema_migrations.sql", "npc_state.sql", "npc_blackboard.sql"]) ref.exec(fs.readFileSync(path.join(SCHEMA, f), "utf8"));
    ref.close();

    expect(comparable(migrated)).toEqual(comparable(reference));
  });

  it("fails on a difference (a reference with one more index is not equal)", () => {
    const dir = tempDir();
    const a = path.join(dir, "a.sqlite3");
    const b = path.join(dir, "b.sqlite3");
    for (const [file, extra] of [[a, ""], [b, "CREATE INDEX npc_state_template ON npc_state(template);"]] as const) {
      const db = new Database(file);
      for (const f of ["schema_migrations.sql", "npc_state.sql", "npc_blackboard.sql"]) db.exec(fs.readFileSync(path.join(SCHEMA, f), "utf8"));
      db.exec(extra);
      db.close();
    }
    expect(comparable(a)).not.toEqual(comparable(b));
  });
});
