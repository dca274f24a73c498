// migrate / status / verify on better-sqlite3. Each migration runs in one transaction together
// with its schema_migrations row (PRAGMAs before it), so a killed process leaves all of a
// migration or none. Nothing is written when the database and the files disagree.
import path from "node:path";
import Database from "better-sqlite3";
import { checkIntegrity, DbError } from "./db-file.js";
import { SQL_BEGIN, SQL_COMMIT, SQL_LEDGER_APPLIED, SQL_LEDGER_INSERT, SQL_LEDGER_ONE, SQL_ROLLBACK } from "./ledger-sql.js";
import { LEDGER_DDL, type Migration, migrationLabel } from "./migrations-dir.js";

const SqliteError = Database.SqliteError;

export interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: string;
  applied_by: string;
}

export type MigrationState = "applied" | "pending" | "changed";

export interface DbStatus {
  /** Whether schema_migrations exists at all. */
  ledger: boolean;
  entries: { migration: Migration; state: MigrationState; row?: AppliedRow }[];
  /** Applied versions no migration file has (the database is newer than the files). */
  unknown: AppliedRow[];
  /** Problems that stop a migrate, one line each (empty: the database and the files agree). */
  problems: string[];
}

const LEDGER_COLUMNS = ["version", "name", "checksum", "applied_at", "applied_by"];

/** Whether schema_migrations exists; one made by something else, without the ledger's columns, is refused. */
export function hasLedger(db: Database.Database): boolean {
  const columns = (db.pragma("table_info(schema_migrations)") as { name: string }[]).map((c) => c.name);
  if (columns.length === 0) return false;
  const missing = LEDGER_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new DbError(`${db.name}: schema_migrations exists but is not this project's ledger (no column ${missing.join(", ")})`);
  }
  return true;
}

export function readLedger(db: Database.Database): AppliedRow[] {
  return db.prepare(SQL_LEDGER_APPLIED).all({ after: 0 }) as AppliedRow[];
}

/** Compares the ledger with the files; reads only. */
export function inspect(db: Database.Database, migrations: readonly Migration[]): DbStatus {
  if (!hasLedger(db)) {
    return { ledger: false, entries: migrations.map((migration) => ({ migration, state: "pending" })), unknown: [], problems: [] };
  }
  const rows = readLedger(db);
  const byVersion = new Map(rows.map((r) => [Number(r.version), r]));
  const problems: string[] = [];
  const entries = migrations.map((migration) => {
    const row = byVersion.get(migration.version);
    if (!row) return { migration, state: "pending" as const };
    const file = path.basename(migration.file);
    if (row.checksum !== migration.checksum) {
      problems.push(
        `${file} was changed after it was applied (checksum ${short(row.checksum)} in the database, ${short(migration.checksum)} in the file); ` +
          "migrations are forward-only: restore the file and put the change in a new migration",
      );
      return { migration, state: "changed" as const, row };
    }
    if (row.name !== migration.name) {
      problems.push(`${file}: version ${migration.version} was applied under the name "${row.name}"; restore the file name`);
      return { migration, state: "changed" as const, row };
    }
    return { migration, state: "applied" as const, row };
  });
  const unknown = rows.filter((r) => !migrations.some((m) => m.version === Number(r.version)));
  for (const r of unknown) {
    problems.push(
      `the database is newer than the migrations: applied ${migrationLabel({ version: Number(r.version), name: r.name })} has no file; ` +
        "use the migrations of the release that made this database",
    );
  }
  const firstPending = entries.findIndex((e) => e.state === "pending");
  if (firstPending >= 0) {
    const later = entries.slice(firstPending + 1).find((e) => e.state !== "pending");
    if (later) {
      problems.push(
        `${path.basename(entries[firstPending]!.migration.file)} is not applied but the later ${path.basename(later.migration.file)} is; ` +
          "migrations apply in order: the database was changed by something else",
      );
    }
  }
  return { ledger: true, entries, unknown, problems };
}

export interface MigrateOptions {
  /** Stored in schema_migrations.applied_by. */
  appliedBy: string;
  /** Called after each statement of a migration ran inside its transaction (progress; tests). */
  onStatement?: (migration: Migration, index: number) => void;
}

/** Applies the pending migrations in order; returns the ones applied. Throws DbError, having written nothing of a refused or failed migration. */
export function migrate(db: Database.Database, migrations: readonly Migration[], options: MigrateOptions): Migration[] {
  try {
    return migrateOrThrow(db, migrations, options);
  } catch (e) {
    // SQLite's own refusals (a lock held by the server, a read-only file): one line naming the database.
    if (e instanceof SqliteError) throw new DbError(`${db.name}: ${e.message}`);
    throw e;
  }
}

function migrateOrThrow(db: Database.Database, migrations: readonly Migration[], options: MigrateOptions): Migration[] {
  const damage = checkIntegrity(db, false);
  if (damage.length > 0) throw new DbError(`${db.name}: the database fails PRAGMA quick_check: ${damage[0]}`);
  if (!hasLedger(db)) {
    // The ledger DDL of the first migration, before reading the ledger (both routes do this).
    db.prepare(migrations[0]!.statements.find((s) => LEDGER_DDL.test(s))!).run();
  }
  const status = inspect(db, migrations);
  if (status.problems.length > 0) throw new DbError(`${db.name}: ${status.problems[0]}`);
  const applied: Migration[] = [];
  for (const entry of status.entries) {
    if (entry.state !== "pending") continue;
    if (applyOne(db, entry.migration, options)) applied.push(entry.migration);
  }
  return applied;
}

/** One migration: PRAGMAs, then BEGIN IMMEDIATE; statements; ledger row; COMMIT. False when another process applied it meanwhile. */
function applyOne(db: Database.Database, m: Migration, options: MigrateOptions): boolean {
  const file = path.basename(m.file);
  m.pragmas.forEach((sql, i) => run(db, sql, `${file}:${m.lines[i]}`));
  db.prepare(SQL_BEGIN).run();
  try {
    const row = db.prepare(SQL_LEDGER_ONE).get({ version: m.version }) as { checksum: string } | undefined;
    if (row) {
      db.prepare(SQL_ROLLBACK).run();
      if (row.checksum !== m.checksum) throw new DbError(`${db.name}: ${file} was applied meanwhile by another process with a different checksum`);
      return false;
    }
    m.statements.forEach((sql, i) => {
      run(db, sql, `${file}:${m.lines[m.pragmas.length + i]}`);
      options.onStatement?.(m, i);
    });
    db.prepare(SQL_LEDGER_INSERT).run({ version: m.version, name: m.name, checksum: m.checksum, applied_by: options.appliedBy });
    db.prepare(SQL_COMMIT).run();
    return true;
  } catch (e) {
    if (db.inTransaction) db.prepare(SQL_ROLLBACK).run();
    throw e;
  }
}

function run(db: Database.Database, sql: string, where: string): void {
  try {
    const stmt = db.prepare(sql);
    if (stmt.reader) stmt.all();
    else stmt.run();
  } catch (e) {
    if (e instanceof DbError) throw e;
    throw new DbError(`${where}: statement failed: ${(e as Error).message} (nothing of this migration was kept)`);
  }
}

function short(checksum: string): string {
  return checksum.slice(0, 12);
}
