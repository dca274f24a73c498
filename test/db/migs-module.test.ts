// runtime-ts/persist/npc_db_migs.ts is generated from db/migrations: it must be up to date, and
// hold exactly the statements the Node migrator runs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { MIGS_MODULE_PATH, MIGS_REGENERATE, renderMigsModule } from "../../tools/db/migs-module.js";
import * as migs from "../../runtime-ts/persist/npc_db_migs.js";
import { LATER, MIGRATIONS, migrationsFolder, REPO } from "./helpers.js";

describe("runtime-ts/persist/npc_db_migs.ts", () => {
  it("is what db/migrations generates (no drift)", () => {
    const committed = fs.readFileSync(path.join(REPO, MIGS_MODULE_PATH), "utf8");
    expect(committed === renderMigsModule(readMigrationsDir(MIGRATIONS)), `${MIGS_MODULE_PATH} is out of date: run \`${MIGS_REGENERATE}\``).toBe(true);
  });

  it("drift is detected: a new migration changes the generated text", () => {
    expect(renderMigsModule(readMigrationsDir(migrationsFolder(LATER)))).not.toBe(renderMigsModule(readMigrationsDir(MIGRATIONS)));
  });

  it("gives, on the twin, each migration's name, checksum, PRAGMAs and statements as the Node migrator reads them", () => {
    const files = readMigrationsDir(MIGRATIONS);
    expect(migs.NPC_DB_MIGS_COUNT).toBe(files.length);
    for (const m of files) {
      expect(migs.NpcDbMigsName(m.version)).toBe(m.name);
      expect(migs.NpcDbMigsChecksum(m.version)).toBe(m.checksum);
      expect(migs.NpcDbMigsPragmaCount(m.version)).toBe(m.pragmas.length);
      expect(m.pragmas.map((_, i) => migs.NpcDbMigsPragma(m.version, i))).toEqual(m.pragmas);
      expect(migs.NpcDbMigsStatementCount(m.version)).toBe(m.statements.length);
      expect(m.statements.map((_, i) => migs.NpcDbMigsStatement(m.version, i))).toEqual(m.statements);
      expect(migs.NpcDbMigsStatement(m.version, m.statements.length)).toBe("");
    }
    expect(migs.NpcDbMigsName(files.length + 1)).toBe("");
    expect(migs.NPC_DB_MIGS_LEDGER_DDL).toBe(files[0]!.statements[0]);
  });
});
