// Opens the NPC database file for the migrator without harming it: a file that is not SQLite is
// refused before SQLite ever opens it, and a damaged one before anything is written.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** A database the migrator refuses or cannot use; the message is one line for the user. */
export class DbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DbError";
  }
}

const HEADER = Buffer.from("SQLite format 3\0", "latin1");

export interface OpenOptions {
  /** Create the file when it does not exist (migrate); otherwise it must exist. */
  create: boolean;
  readonly?: boolean;
  /** How long to wait for another connection's lock, in ms (better-sqlite3's default: 5000). */
  busyTimeoutMs?: number;
}

export function openNpcDatabase(file: string, options: OpenOptions): Database.Database {
  const exists = fs.existsSync(file);
  if (!exists) {
    if (!options.create) throw new DbError(`${file}: database file not found`);
    if (!fs.existsSync(path.dirname(path.resolve(file)))) throw new DbError(`${file}: folder does not exist`);
  } else {
    if (!fs.statSync(file).isFile()) throw new DbError(`${file}: not a file`);
    checkHeader(file);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly === true, fileMustExist: !options.create, timeout: options.busyTimeoutMs ?? 5000 });
  } catch (e) {
    throw new DbError(`${file}: cannot open: ${(e as Error).message}`);
  }
  try {
    // Reads page 1; a damaged header page fails here, before any write.
    db.pragma("schema_version");
  } catch (e) {
    db.close();
    throw new DbError(`${file}: not a usable SQLite database: ${(e as Error).message}`);
  }
  return db;
}

/** A non-empty file must start with SQLite's 16-byte header (an empty file is an empty database). */
function checkHeader(file: string): void {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(HEADER.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n === 0) return;
    if (n < HEADER.length || !head.equals(HEADER)) throw new DbError(`${file}: not an SQLite database (no SQLite header)`);
  } finally {
    fs.closeSync(fd);
  }
}

/** PRAGMA quick_check (or integrity_check): "ok" or the problems SQLite reports. */
export function checkIntegrity(db: Database.Database, full: boolean): string[] {
  try {
    const rows = db.pragma(full ? "integrity_check" : "quick_check") as Record<string, string>[];
    const lines = rows.map((r) => String(Object.values(r)[0]));
    return lines.length === 1 && lines[0] === "ok" ? [] : lines;
  } catch (e) {
    return [(e as Error).message];
  }
}
