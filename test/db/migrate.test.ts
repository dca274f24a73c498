// The Node migrator on empty, partly migrated and dirty databases, and the refusals.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DbError, openNpcDatabase } from "../../tools/db/db-file.js";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { inspect, migrate } from "../../tools/db/migrator.js";
import { dumpSchema, execOn, integrity, journalMode, LATER, ledgerRows, MIGRATIONS, migrationsFolder, tempDir } from "./helpers.js";

function migrateFile(file: string, dir = MIGRATIONS): string[] {
  const db = openNpcDatabase(file, { create: true });
  try {
    return migrate(db, readMigrationsDir(dir), { appliedBy: "test" }).map((m) => `${m.version}_${m.name}`);
  } finally {
    db.close();
  }
}

function refusal(file: string, dir = MIGRATIONS): string {
  try {
    migrateFile(file, dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DbError);
    return (e as Error).message;
  }
  throw new Error("migrate was not refused");
}

const sha = (file: string) => fs.readFileSync(file).toString("base64");

describe("migrate", () => {
  it("an empty (new) database: every migration, recorded with its checksum, WAL, integrity ok", () => {
    const file = path.join(tempDir(), "npc_state.sqlite3");
    expect(migrateFile(file)).toEqual(["1_npc_state"]);
    const m = readMigrationsDir(MIGRATIONS)[0]!;
    expect(ledgerRows(file)).toEqual([{ version: 1, name: "npc_state", checksum: m.checksum }]);
    expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
    const names = dumpSchema(file).objects.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["npc_state", "npc_blackboard", "schema_migrations", "npc_state_area", "npc_state_updated", "npc_blackboard_updated"]));
    expect(journalMode(file)).toBe("wal");
    expect(integrity(file)).toBe("ok");
  });

  it("an existing empty file (0 bytes) is an empty database", () => {
    const file = path.join(tempDir(), "empty.sqlite3");
    fs.writeFileSync(file, "");
    expect(migrateFile(file)).toEqual(["1_npc_state"]);
  });

  it("is idempotent: a second run applies nothing and changes nothing", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    migrateFile(file);
    const before = dumpSchema(file);
    const rows = ledgerRows(file);
    expect(migrateFile(file)).toEqual([]);
    expect(dumpSchema(file)).toEqual(before);
    expect(ledgerRows(file)).toEqual(rows);
  });

  it("a partly migrated database gets only what it lacks, in order", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    migrateFile(file); // 0001 only
    const dir = migrationsFolder(LATER);
    expect(migrateFile(file, dir)).toEqual(["2_npc_notes", "3_npc_notes_kind"]);
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1, 2, 3]);
    const cols = (dumpSchema(file).details.npc_notes as { columns: { name: string }[] }).columns.map((c) => c.name);
    expect(cols).toEqual(["npc_id", "note", "kind"]);
    // The same result as migrating an empty database with all three.
    const fresh = path.join(tempDir(), "fresh.sqlite3");
    migrateFile(fresh, dir);
    expect(dumpSchema(file)).toEqual(dumpSchema(fresh));
    expect(integrity(file)).toBe("ok");
  });

  it("a dirty database: unknown extra tables are left alone", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    execOn(file, "CREATE TABLE someone_elses (a INTEGER); INSERT INTO someone_elses VALUES (42);");
    migrateFile(file);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT a FROM someone_elses").pluck().all()).toEqual([42]);
    db.close();
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
    expect(integrity(file)).toBe("ok");
  });

  it("a dirty database: tables created by hand without a ledger row are kept, with their rows", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    const first = readMigrationsDir(MIGRATIONS)[0]!;
    // npc_state as the migration would create it, plus one row, but nothing recorded.
    execOn(file, `${first.statements.find((s) => s.includes("EXISTS npc_state "))!}; INSERT INTO npc_state (npc_id, area_id, state) VALUES ('guard_1', 'market', 1);`);
    migrateFile(file);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT npc_id FROM npc_state").pluck().all()).toEqual(["guard_1"]);
    db.close();
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
    const fresh = path.join(tempDir(), "fresh.sqlite3");
    migrateFile(fresh);
    expect(dumpSchema(file)).toEqual(dumpSchema(fresh));
  });

  it("a dirty database: a half-finished earlier run (some of 0002's tables, no row) is completed", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    const dir = migrationsFolder({
      "0002_two_tables.sql": "CREATE TABLE IF NOT EXISTS t_a (id INTEGER PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS t_b (id INTEGER PRIMARY KEY);\n",
    });
    migrateFile(file, MIGRATIONS);
    // What a non-transactional tool killed after the first statement would leave.
    execOn(file, "CREATE TABLE IF NOT EXISTS t_a (id INTEGER PRIMARY KEY);");
    expect(migrateFile(file, dir)).toEqual(["2_two_tables"]);
    expect(dumpSchema(file).objects.map((o) => o.name)).toEqual(expect.arrayContaining(["t_a", "t_b"]));
    expect(integrity(file)).toBe("ok");
  });

  it("a migration whose statement fails keeps nothing of it and names the file and line", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    migrateFile(file);
    const dir = migrationsFolder({ "0002_broken.sql": "CREATE TABLE t_ok (id INTEGER);\n\nINSERT INTO no_such_table VALUES (1);\n" });
    const before = dumpSchema(file);
    expect(refusal(file, dir)).toMatch(/0002_broken\.sql:3: statement failed: no such table: no_such_table/);
    expect(dumpSchema(file)).toEqual(before);
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
  });

  it("refuses an applied migration that was changed, naming it, and writes nothing", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    const dir = migrationsFolder(LATER);
    migrateFile(file, path.join(dir)); // 1..3
    fs.appendFileSync(path.join(dir, "0002_npc_notes.sql"), "CREATE INDEX IF NOT EXISTS npc_notes_note ON npc_notes(note);\n");
    fs.writeFileSync(path.join(dir, "0004_more.sql"), "CREATE TABLE IF NOT EXISTS more (id INTEGER PRIMARY KEY);\n");
    const before = sha(file);
    expect(refusal(file, dir)).toMatch(/0002_npc_notes\.sql was changed after it was applied .*forward-only/);
    expect(sha(file)).toBe(before);
    const db = openNpcDatabase(file, { create: false, readonly: true });
    expect(inspect(db, readMigrationsDir(dir)).entries.map((e) => e.state)).toEqual(["applied", "changed", "applied", "pending"]);
    db.close();
  });

  it("a CRLF copy of an applied migration is not a change", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    const dir = migrationsFolder();
    migrateFile(file, dir);
    const f = path.join(dir, "0001_npc_state.sql");
    fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/\n/g, "\r\n"));
    expect(migrateFile(file, dir)).toEqual([]);
  });

  it("refuses a database newer than the files (an unknown applied version)", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    migrateFile(file, migrationsFolder(LATER));
    const before = sha(file);
    expect(refusal(file, MIGRATIONS)).toMatch(/database is newer than the migrations: applied 0002_npc_notes has no file/);
    expect(sha(file)).toBe(before);
  });

  it("refuses a ledger with a gap (a later migration applied, an earlier one not)", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    const dir = migrationsFolder(LATER);
    migrateFile(file, dir);
    execOn(file, "DELETE FROM schema_migrations WHERE version = 2");
    expect(refusal(file, dir)).toMatch(/0002_npc_notes\.sql is not applied but the later 0003_npc_notes_kind\.sql is/);
  });

  it("refuses a schema_migrations table that is not the ledger (made by something else), writing nothing", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    execOn(file, "CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, applied TEXT)");
    const before = sha(file);
    expect(refusal(file)).toMatch(/schema_migrations exists but is not this project's ledger \(no column version, name, checksum, applied_at, applied_by\)/);
    expect(sha(file)).toBe(before);
  });

  it("a file that is not SQLite: a clear error, the file untouched, no side files", () => {
    const dir = tempDir();
    const file = path.join(dir, "db.sqlite3");
    fs.writeFileSync(file, "this is not a database, just some text that is long enough\n".repeat(20));
    const before = sha(file);
    expect(() => openNpcDatabase(file, { create: true })).toThrow(/db\.sqlite3: not an SQLite database/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(["db.sqlite3"]);
  });

  it("a damaged SQLite file (valid header, garbage pages): refused, untouched", () => {
    const dir = tempDir();
    const file = path.join(dir, "db.sqlite3");
    migrateFile(file);
    execOn(file, "PRAGMA journal_mode=DELETE; INSERT INTO npc_state (npc_id, area_id, state) VALUES ('a', 'b', 1);");
    const bytes = fs.readFileSync(file);
    // Keep the 100-byte header, scribble over the rest of page 1 (the schema) and page 2.
    for (let i = 100; i < Math.min(bytes.length, 8192); i++) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    expect(() => migrateFile(file)).toThrow(DbError);
    expect(sha(file)).toBe(before);
  });

  it("a database locked by another connection: a one-line DbError naming it, nothing applied", () => {
    const file = path.join(tempDir(), "db.sqlite3");
    migrateFile(file);
    const holder = new Database(file);
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const db = openNpcDatabase(file, { create: false, busyTimeoutMs: 50 });
      try {
        expect(() => migrate(db, readMigrationsDir(migrationsFolder(LATER)), { appliedBy: "test" })).toThrow(
          new DbError(`${file}: database is locked`),
        );
      } finally {
        db.close();
      }
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
  });

  it("a missing database for a read (status/verify) is an error; the folder of a new one must exist", () => {
    const dir = tempDir();
    expect(() => openNpcDatabase(path.join(dir, "none.sqlite3"), { create: false })).toThrow(/database file not found/);
    expect(() => openNpcDatabase(path.join(dir, "no/such/db.sqlite3"), { create: true })).toThrow(/folder does not exist/);
  });
});
