// Shared by the db health tests: temp folders and NPC databases made with the first migration.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

export function healthTempDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "npc-health-")));
}

/** A database with the NPC schema (db/migrations/0001_npc_state.sql) and `rows` npc_state rows. */
export function makeNpcDb(file: string, rows = 3, journal: "wal" | "delete" = "wal"): void {
  const db = new Database(file);
  try {
    db.exec(fs.readFileSync(path.join(REPO_ROOT, "db/migrations/0001_npc_state.sql"), "utf8"));
    db.pragma(`journal_mode = ${journal}`);
    const insert = db.prepare("INSERT INTO npc_state (npc_id, area_id, template, state) VALUES (?, ?, ?, ?)");
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(`npc${i}`, `area${i % 5}`, "guard", i % 4);
    })();
  } finally {
    db.close();
  }
}

/** Everything in the NPC tables and the schema apart from the probe's own table, to compare before and after. */
export function npcSnapshot(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      schema: db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'npc_health_probe%' ORDER BY name").all(),
      npcState: db.prepare("SELECT * FROM npc_state ORDER BY npc_id").all(),
      blackboard: db.prepare("SELECT * FROM npc_blackboard ORDER BY npc_id").all(),
    };
  } finally {
    db.close();
  }
}
