// The in-game route: NpcDbMigrate on the twin (real SQLite files under the world's databaseDir)
// gives the same schema and ledger rows as the Node migrator, and refuses what it refuses.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openNpcDatabase } from "../../tools/db/db-file.js";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { migrate } from "../../tools/db/migrator.js";
import { renderMigsModule } from "../../tools/db/migs-module.js";
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { compileTwinOrThrow, loadTwin } from "../../tools/twin/node/load.js";
import { NpcDbMigrate } from "../../runtime-ts/persist/npc_db_migrate.js";
import { runNss } from "../../tools/nwscript/interp/index.js";
import { dumpSchema, execOn, integrity, journalMode, LATER, ledgerRows, MIGRATIONS, migrationsFolder, REPO, tempDir } from "./helpers.js";

const DB_FILE = "npc_state.sqlite3";

function nodeMigrate(file: string, dir = MIGRATIONS): void {
  const db = openNpcDatabase(file, { create: true });
  try {
    migrate(db, readMigrationsDir(dir), { appliedBy: "npc-build test" });
  } finally {
    db.close();
  }
}

interface GameRun {
  result: number;
  /** WriteTimestampedLogEntry lines. */
  log: string[];
  sqlErrors: string[];
}

/** Runs `migrateFn` as one script run of a world whose campaign databases live in `databaseDir`. */
function runInGame(databaseDir: string, migrateFn: () => number): GameRun {
  const world = new World({ seed: 1, databaseDir });
  installEngine(world);
  let result = -1;
  try {
    world.runMain(() => {
      result = migrateFn();
    });
    return { result, log: world.logEntries.map((e) => e.text), sqlErrors: [...world.sql.errors] };
  } finally {
    world.sql.close();
  }
}

/** NpcDbMigrate compiled (as the build would) against a generated module for another migrations folder. */
async function gameMigratorFor(migrationsDir: string): Promise<() => number> {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "npc_db_migs.ts"), renderMigsModule(readMigrationsDir(migrationsDir)));
  fs.copyFileSync(path.join(REPO, "runtime-ts/persist/npc_db_migrate.ts"), path.join(dir, "npc_db_migrate.ts"));
  const entry = path.join(dir, "npc_db_mig_t.ts");
  fs.writeFileSync(
    entry,
    'import { NpcDbMigrate } from "./npc_db_migrate";\nexport function main(): void {\n  SetLocalInt(GetModule(), "npc_db_mig_t", NpcDbMigrate());\n}\n',
  );
  const twin = loadTwin(compileTwinOrThrow([entry]));
  const main = await twin.entryPoint(entry);
  return () => {
    main();
    return GetLocalInt(GetModule(), "npc_db_mig_t");
  };
}

function expectSameDatabases(game: string, node: string): void {
  expect(dumpSchema(game)).toEqual(dumpSchema(node));
  expect(ledgerRows(game)).toEqual(ledgerRows(node));
}

const sha = (file: string) => fs.readFileSync(file).toString("base64");

describe("NpcDbMigrate (in-game route, on the twin)", () => {
  it("an empty database: the same schema and ledger rows as npc-build db migrate, WAL, integrity ok", () => {
    const gameDir = tempDir();
    const run = runInGame(gameDir, NpcDbMigrate);
    expect(run).toEqual({ result: 1, log: ["npc_db_migrate: applied 0001_npc_state"], sqlErrors: [] });
    const game = path.join(gameDir, DB_FILE);
    const node = path.join(tempDir(), DB_FILE);
    nodeMigrate(node);
    expectSameDatabases(game, node);
    expect(journalMode(game)).toBe("wal");
    expect(integrity(game)).toBe("ok");
    const db = openNpcDatabase(game, { create: false, readonly: true });
    expect(db.prepare("SELECT applied_by FROM schema_migrations WHERE version = 1").pluck().get()).toBe("module");
    db.close();
  });

  it("a current database: TRUE, nothing logged, the file unchanged (either route migrated it)", () => {
    const dir = tempDir();
    nodeMigrate(path.join(dir, DB_FILE));
    const before = sha(path.join(dir, DB_FILE));
    expect(runInGame(dir, NpcDbMigrate)).toEqual({ result: 1, log: [], sqlErrors: [] });
    expect(runInGame(dir, NpcDbMigrate).result).toBe(1);
    expect(sha(path.join(dir, DB_FILE))).toBe(before);
  });

  it("a partly migrated database: the game applies the rest; same result as Node from empty", async () => {
    const migrations = migrationsFolder(LATER);
    const gameMigrate = await gameMigratorFor(migrations);
    const dir = tempDir();
    const game = path.join(dir, DB_FILE);
    nodeMigrate(game, MIGRATIONS); // 0001 by Node
    const run = runInGame(dir, gameMigrate);
    expect(run).toEqual({
      result: 1,
      log: ["npc_db_migrate: applied 0002_npc_notes", "npc_db_migrate: applied 0003_npc_notes_kind"],
      sqlErrors: [],
    });
    const node = path.join(tempDir(), DB_FILE);
    nodeMigrate(node, migrations);
    expectSameDatabases(game, node);
    expect(integrity(game)).toBe("ok");
  });

  it("a dirty database (extra table, tables made by hand, half of an earlier run): both routes agree", async () => {
    const migrations = migrationsFolder({
      "0002_two_tables.sql": "CREATE TABLE IF NOT EXISTS t_a (id INTEGER PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS t_b (id INTEGER PRIMARY KEY);\n",
    });
    const gameMigrate = await gameMigratorFor(migrations);
    const dirty =
      "CREATE TABLE extra (x TEXT); INSERT INTO extra VALUES ('keep');" +
      readMigrationsDir(MIGRATIONS)[0]!.statements.find((s) => s.includes("EXISTS npc_state "))! +
      "; CREATE TABLE IF NOT EXISTS t_a (id INTEGER PRIMARY KEY);";
    const gameDir = tempDir();
    execOn(path.join(gameDir, DB_FILE), dirty);
    const run = runInGame(gameDir, gameMigrate);
    expect(run.result).toBe(1);
    expect(run.sqlErrors).toEqual([]);
    const node = path.join(tempDir(), DB_FILE);
    execOn(node, dirty);
    nodeMigrate(node, migrations);
    expectSameDatabases(path.join(gameDir, DB_FILE), node);
    expect(dumpSchema(node).objects.map((o) => o.name)).toContain("extra");
    expect(integrity(node)).toBe("ok");
  });

  it("refuses a changed applied migration: FALSE, one log line, nothing touched", () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    nodeMigrate(file);
    execOn(file, "UPDATE schema_migrations SET checksum = 'a1b2c3d4e5f6a1b2c3d4e5f6' WHERE version = 1");
    const before = sha(file);
    const run = runInGame(dir, NpcDbMigrate);
    expect(run.result).toBe(0);
    expect(run.sqlErrors).toEqual([]);
    expect(run.log).toHaveLength(1);
    expect(run.log[0]).toMatch(/^npc_db_migrate: 0001_npc_state was changed after it was applied \(checksum a1b2c3d4e5f6 in the database, [0-9a-f]{12} in the module\); migrations are forward-only; refusing to migrate$/);
    expect(sha(file)).toBe(before);
  });

  it("refuses a database newer than the module: FALSE, one log line, nothing touched", () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    nodeMigrate(file, migrationsFolder(LATER));
    const before = sha(file);
    const run = runInGame(dir, NpcDbMigrate);
    expect(run).toEqual({
      result: 0,
      log: ["npc_db_migrate: the database is newer than the module: applied migration 2 (npc_notes) is unknown; refusing to migrate"],
      sqlErrors: [],
    });
    expect(sha(file)).toBe(before);
  });

  it("refuses a ledger with a gap", async () => {
    const migrations = migrationsFolder(LATER);
    const gameMigrate = await gameMigratorFor(migrations);
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    nodeMigrate(file, migrations);
    execOn(file, "DELETE FROM schema_migrations WHERE version = 2");
    const run = runInGame(dir, gameMigrate);
    expect(run.result).toBe(0);
    expect(run.log).toEqual(["npc_db_migrate: 0002_npc_notes is not applied but the later 0003_npc_notes_kind is; refusing to migrate"]);
  });

  it("a failing statement rolls the whole migration back: FALSE, the schema as before", async () => {
    const migrations = migrationsFolder({ "0002_broken.sql": "CREATE TABLE t_ok (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n" });
    const gameMigrate = await gameMigratorFor(migrations);
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    nodeMigrate(file);
    const schema = dumpSchema(file);
    const run = runInGame(dir, gameMigrate);
    expect(run.result).toBe(0);
    expect(run.sqlErrors).toEqual(["no such table: no_such_table"]);
    expect(run.log).toEqual(["npc_db_migrate: 0002_broken: statement 1 failed: no such table: no_such_table (rolled back)"]);
    expect(dumpSchema(file)).toEqual(schema);
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
  });
});

describe("the emitted NWScript (nss-out/npc_db_migrate.nss) in the reference interpreter", () => {
  it("migrates an empty database to the same schema and ledger as Node, within a small share of the instruction limit", () => {
    const dir = tempDir();
    const world = new World({ seed: 1, databaseDir: dir });
    let r;
    try {
      r = runNss('#include "npc_db_migrate"\nvoid main()\n{\n    PrintString(IntToString(NpcDbMigrate()));\n}\n', {
        includeDirs: [path.join(REPO, "nss-out")],
        host: world,
      });
      // Again on the now current database: TRUE, nothing applied.
      const again = runNss('#include "npc_db_migrate"\nvoid main()\n{\n    PrintString(IntToString(NpcDbMigrate()));\n}\n', {
        includeDirs: [path.join(REPO, "nss-out")],
        host: world,
      });
      expect(again.printed).toEqual(["1"]);
      expect(world.logEntries.map((e) => e.text)).toEqual(["npc_db_migrate: applied 0001_npc_state"]);
      expect(world.sql.errors).toEqual([]);
    } finally {
      world.sql.close();
    }
    expect(r.printed).toEqual(["1"]);
    expect(r.instructions).toBeLessThan(524_288 / 100);
    const node = path.join(tempDir(), DB_FILE);
    nodeMigrate(node);
    expectSameDatabases(path.join(dir, DB_FILE), node);
  });
});
