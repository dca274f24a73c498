// Shared by the migration tests: temp folders, migration folders built from the real
// db/migrations plus test migrations, and a comparable dump of a database's schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach } from "vitest";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS = path.join(REPO, "db/migrations");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "npc-db-")));
  dirs.push(dir);
  return dir;
}

/** A migrations folder: the real ones, then `extra` (file name → text). */
export function migrationsFolder(extra: Record<string, string> = {}): string {
  const dir = path.join(tempDir(), "migrations");
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(MIGRATIONS)) fs.copyFileSync(path.join(MIGRATIONS, f), path.join(dir, f));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Two test migrations after the real 0001 (a table, then a column and an index). */
export const LATER = {
  "0002_npc_notes.sql": "CREATE TABLE IF NOT EXISTS npc_notes (\n  npc_id TEXT NOT NULL PRIMARY KEY,\n  note TEXT NOT NULL DEFAULT ';--not a comment'\n);\n",
  "0003_npc_notes_kind.sql": "-- a kind per note\nALTER TABLE npc_notes ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;\nCREATE INDEX IF NOT EXISTS npc_notes_kind ON npc_notes(kind);\n",
};

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** sqlite_master without the ledger's contents, sorted, plus each table's columns, indexes and foreign keys. */
export function dumpSchema(file: string): { objects: SchemaObject[]; details: Record<string, unknown> } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const objects = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all() as SchemaObject[];
    const details: Record<string, unknown> = {};
    for (const o of objects.filter((x) => x.type === "table")) {
      details[o.name] = {
        columns: db.pragma(`table_xinfo(${o.name})`),
        indexes: (db.pragma(`index_list(${o.name})`) as { name: string }[]).map((ix) => ({ ...ix, columns: db.pragma(`index_xinfo(${ix.name})`) })),
        foreignKeys: db.pragma(`foreign_key_list(${o.name})`),
      };
    }
    return { objects, details };
  } finally {
    db.close();
  }
}

/** The ledger rows without when and by whom. */
export function ledgerRows(file: string): { version: number; name: string; checksum: string }[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT version, name, checksum FROM schema_migrations WHERE version > 0 ORDER BY version").all() as never;
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

export function journalMode(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma("journal_mode", { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Runs SQL on a file directly (to make partial or dirty databases by hand). */
export function execOn(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
