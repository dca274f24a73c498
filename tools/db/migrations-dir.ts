// Reads and validates a migrations folder (db/migrations): files NNNN_name.sql, versions
// 1, 2, 3… without gaps or duplicates, each split into the statements both routes run.
import fs from "node:fs";
import path from "node:path";
import { migrationChecksum } from "./checksum.js";
import { firstKeyword, splitSqlStatements, SqlSplitError } from "./split.js";

export interface Migration {
  version: number;
  /** The part of the file name after "NNNN_", without ".sql". */
  name: string;
  /** Absolute path of the file. */
  file: string;
  checksum: string;
  /** PRAGMA statements: run before the migration's transaction (journal_mode cannot change inside one). */
  pragmas: string[];
  /** The other statements: run inside one transaction with the schema_migrations row. */
  statements: string[];
  /** 1-based line in the file of each statement (pragmas first, then statements). */
  lines: number[];
}

/** A problem with the migrations folder or a file in it; `file` is where it is. */
export class MigrationsError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "MigrationsError";
  }
}

export const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** In-game string literals may hold printable ASCII only (docs/subset.md), and be under 32 KB. */
const PRINTABLE = /^[\x20-\x7e]*$/;
const MAX_STATEMENT = 32 * 1024 - 1;
/** Statements a migration may not hold: the migrator owns the transaction. */
const FORBIDDEN = new Set(["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "VACUUM", "ATTACH", "DETACH"]);
/** The ledger's DDL must be in the first migration: both routes create the ledger with it before reading it. */
export const LEDGER_DDL = /^CREATE TABLE IF NOT EXISTS schema_migrations\b/i;

export function readMigrationsDir(dir: string): Migration[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MigrationsError(code === "ENOTDIR" ? "not a folder" : "migrations folder not found", dir);
  }
  const byVersion = new Map<number, string>();
  const migrations: Migration[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!entry.name.toLowerCase().endsWith(".sql")) continue;
    const file = path.join(dir, entry.name);
    const match = MIGRATION_FILE.exec(entry.name);
    if (!match || !entry.isFile()) {
      throw new MigrationsError(`a migration must be a file named NNNN_name.sql (4 digits, lowercase letters, digits, _): ${entry.name}`, file);
    }
    const version = Number(match[1]);
    const other = byVersion.get(version);
    if (other !== undefined) {
      throw new MigrationsError(`version ${match[1]} is used twice: ${other} and ${entry.name}`, file);
    }
    byVersion.set(version, entry.name);
    migrations.push(parseMigration(file, version, match[2]!, fs.readFileSync(file, "utf8")));
  }
  if (migrations.length === 0) throw new MigrationsError("no NNNN_name.sql migrations in the folder", dir);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      const expected = String(i + 1).padStart(4, "0");
      throw new MigrationsError(`versions must run 0001, 0002, … without gaps: expected ${expected}, found ${path.basename(m.file)}`, m.file);
    }
  });
  if (!migrations[0]!.statements.some((s) => LEDGER_DDL.test(s))) {
    throw new MigrationsError("the first migration must create the ledger: CREATE TABLE IF NOT EXISTS schema_migrations (…)", migrations[0]!.file);
  }
  return migrations;
}

export function parseMigration(file: string, version: number, name: string, text: string): Migration {
  let split;
  try {
    split = splitSqlStatements(text);
  } catch (e) {
    if (e instanceof SqlSplitError) throw new MigrationsError(e.message, file, e.line);
    throw e;
  }
  if (split.length === 0) throw new MigrationsError("the migration holds no SQL statement", file);
  const pragmas: string[] = [];
  const statements: string[] = [];
  for (const s of split) {
    const keyword = firstKeyword(s.text);
    if (FORBIDDEN.has(keyword)) {
      throw new MigrationsError(`${keyword} is not allowed in a migration (the migrator runs each migration in its own transaction)`, file, s.line);
    }
    if (!PRINTABLE.test(s.text)) throw new MigrationsError("statements may hold printable ASCII only (NWScript string literals)", file, s.line);
    if (s.text.length > MAX_STATEMENT) throw new MigrationsError("statement of 32 KB or more (NWScript string constant limit)", file, s.line);
    if (keyword === "PRAGMA") {
      if (statements.length > 0) throw new MigrationsError("PRAGMA statements must come before the others (they run before the transaction)", file, s.line);
      pragmas.push(s.text);
    } else statements.push(s.text);
  }
  return { version, name, file, checksum: migrationChecksum(text), pragmas, statements, lines: split.map((s) => s.line) };
}

/** "0001_npc_state". */
export function migrationLabel(m: { version: number; name: string }): string {
  return `${String(m.version).padStart(4, "0")}_${m.name}`;
}
