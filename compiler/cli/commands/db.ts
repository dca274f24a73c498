// `npc-build db migrate|status|verify --db FILE [--migrations DIR]`: the NPC database's
// migrations from Node (tools/db). The game applies the same files at module load.
import Database from "better-sqlite3";
import { checkIntegrity, DbError, openNpcDatabase } from "../../../tools/db/db-file.js";
import { type Migration, MigrationsError, migrationLabel, readMigrationsDir } from "../../../tools/db/migrations-dir.js";
import { inspect, migrate } from "../../../tools/db/migrator.js";
import { ExitCode, UsageError } from "../errors.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";
import { toolVersion } from "../version.js";

export interface DbFlags {
  db: string;
  migrations?: string;
}

/** Default migrations folder, relative to the working directory (docs/cli.md). */
export const DEFAULT_MIGRATIONS_DIR = "db/migrations";

export async function dbMigrateCommand(io: CliIO, flags: DbFlags): Promise<ExitCode> {
  return withDb(io, flags, true, (db, migrations, shown) => {
    const applied = migrate(db, migrations, { appliedBy: `npc-build ${toolVersion()}` });
    for (const m of applied) io.stdout(`npc-build: applied ${migrationLabel(m)}\n`);
    const version = migrations[migrations.length - 1]!.version;
    io.stdout(
      applied.length === 0
        ? `npc-build: ${shown}: up to date at version ${version}\n`
        : `npc-build: ${shown}: ${applied.length} migration${applied.length === 1 ? "" : "s"} applied, schema at version ${version}\n`,
    );
    return ExitCode.ok;
  });
}

export async function dbStatusCommand(io: CliIO, flags: DbFlags): Promise<ExitCode> {
  return withDb(io, flags, false, (db, migrations, shown) => {
    const status = inspect(db, migrations);
    const width = Math.max(...migrations.map((m) => migrationLabel(m).length), ...status.unknown.map((r) => migrationLabel(r).length));
    for (const e of status.entries) {
      const when = e.row ? `  ${e.row.applied_at}  ${e.row.applied_by}`.trimEnd() : "";
      io.stdout(`${migrationLabel(e.migration).padEnd(width)}  ${e.state.padEnd(7)}${when}\n`);
    }
    for (const r of status.unknown) io.stdout(`${migrationLabel(r).padEnd(width)}  unknown  ${r.applied_at}  ${r.applied_by}\n`);
    for (const p of status.problems) io.stderr(`npc-build: ${p}\n`);
    const count = (s: string) => status.entries.filter((e) => e.state === s).length;
    io.stdout(`npc-build: ${shown}: ${count("applied")} applied, ${count("pending")} pending, ${count("changed")} changed, ${status.unknown.length} unknown\n`);
    return status.problems.length > 0 ? ExitCode.diagnostics : ExitCode.ok;
  });
}

export async function dbVerifyCommand(io: CliIO, flags: DbFlags): Promise<ExitCode> {
  return withDb(io, flags, false, (db, migrations, shown) => {
    const problems = [...checkIntegrity(db, true).map((p) => `PRAGMA integrity_check: ${p}`)];
    const status = inspect(db, migrations);
    if (!status.ledger) problems.push("no schema_migrations table: the database was never migrated");
    problems.push(...status.problems);
    for (const p of problems) io.stderr(`npc-build: ${shown}: ${p}\n`);
    if (problems.length > 0) return ExitCode.diagnostics;
    const pending = status.entries.filter((e) => e.state === "pending").length;
    io.stdout(`npc-build: ${shown}: ok (${status.entries.length - pending} applied, ${pending} pending, integrity_check ok)\n`);
    return ExitCode.ok;
  });
}

/** Reads the migrations, opens the database, runs `body`, closes; bad input becomes one UsageError line. */
function withDb(
  io: CliIO,
  flags: DbFlags,
  create: boolean,
  body: (db: Database.Database, migrations: Migration[], shown: string) => ExitCode,
): ExitCode {
  const dbFile = resolveFrom(io, flags.db);
  const shown = displayPath(io, dbFile);
  const migrations = readMigrations(io, flags.migrations ?? DEFAULT_MIGRATIONS_DIR);
  const readable = (e: Error) => e.message.split(dbFile).join(shown);
  let db: Database.Database;
  try {
    db = openNpcDatabase(dbFile, { create, readonly: !create });
  } catch (e) {
    if (e instanceof DbError) throw new UsageError(readable(e));
    throw e;
  }
  try {
    return body(db, migrations, shown);
  } catch (e) {
    if (e instanceof DbError) throw new UsageError(readable(e));
    // SQLite refusing a read (a lock held elsewhere, an unreadable page) is about the database, not a bug.
    if (e instanceof Database.SqliteError) throw new UsageError(`${shown}: ${e.message}`);
    throw e;
  } finally {
    db.close();
  }
}

function readMigrations(io: CliIO, dir: string): Migration[] {
  try {
    return readMigrationsDir(resolveFrom(io, dir));
  } catch (e) {
    if (!(e instanceof MigrationsError)) throw e;
    const where = `${displayPath(io, e.file)}${e.line === undefined ? "" : `:${e.line}`}`;
    throw new UsageError(`${where}: ${e.message}`);
  }
}
