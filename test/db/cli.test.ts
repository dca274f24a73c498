// npc-build db migrate|status|verify: output, exit codes, one-line errors.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/helpers.js";
import { execOn, LATER, ledgerRows, MIGRATIONS, migrationsFolder, tempDir } from "./helpers.js";

/** A working folder holding db/migrations (the default folder, relative to the working directory). */
function project(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "db"));
  fs.cpSync(migrationsFolder(extra), path.join(dir, "db/migrations"), { recursive: true });
  return dir;
}

describe("npc-build db", () => {
  it("migrate creates and migrates a database from db/migrations of the working folder; a second run is up to date", async () => {
    const cwd = project();
    const first = await runCli(["db", "migrate", "--db", "state/npc.sqlite3"], cwd);
    expect(first.stderr).toMatch(/folder does not exist/);
    expect(first.code).toBe(2);
    fs.mkdirSync(path.join(cwd, "state"));
    expect(await runCli(["db", "migrate", "--db", "state/npc.sqlite3"], cwd)).toEqual({
      code: 0,
      stdout: "npc-build: applied 0001_npc_state\nnpc-build: state/npc.sqlite3: 1 migration applied, schema at version 1\n",
      stderr: "",
    });
    expect(await runCli(["db", "migrate", "--db", "state/npc.sqlite3"], cwd)).toEqual({
      code: 0,
      stdout: "npc-build: state/npc.sqlite3: up to date at version 1\n",
      stderr: "",
    });
    const rows = ledgerRows(path.join(cwd, "state/npc.sqlite3"));
    expect(rows.map((r) => r.name)).toEqual(["npc_state"]);
  });

  it("--migrations names another folder; status lists applied and pending", async () => {
    const cwd = tempDir();
    expect((await runCli(["db", "migrate", "--db", "x.sqlite3", "--migrations", MIGRATIONS], cwd)).code).toBe(0);
    const later = migrationsFolder(LATER);
    const status = await runCli(["db", "status", "--db", "x.sqlite3", "--migrations", later], cwd);
    expect(status.code).toBe(0);
    expect(status.stderr).toBe("");
    const lines = status.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^0001_npc_state {7}applied {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}npc-build \S+$/);
    expect(lines.slice(1)).toEqual([
      "0002_npc_notes       pending",
      "0003_npc_notes_kind  pending",
      "npc-build: x.sqlite3: 1 applied, 2 pending, 0 changed, 0 unknown",
    ]);
  });

  it("verify: ok on a migrated database, exit 1 with the problem on a changed migration, a never-migrated database", async () => {
    const cwd = project();
    await runCli(["db", "migrate", "--db", "n.sqlite3"], cwd);
    expect(await runCli(["db", "verify", "--db", "n.sqlite3"], cwd)).toEqual({
      code: 0,
      stdout: "npc-build: n.sqlite3: ok (1 applied, 0 pending, integrity_check ok)\n",
      stderr: "",
    });
    fs.appendFileSync(path.join(cwd, "db/migrations/0001_npc_state.sql"), "-- edited\n");
    const changed = await runCli(["db", "verify", "--db", "n.sqlite3"], cwd);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/^npc-build: n\.sqlite3: 0001_npc_state\.sql was changed after it was applied \(checksum [0-9a-f]{12} in the database, [0-9a-f]{12} in the file\); migrations are forward-only: restore the file and put the change in a new migration\n$/);
    const status = await runCli(["db", "status", "--db", "n.sqlite3"], cwd);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/^0001_npc_state {2}changed/);
    const migrate = await runCli(["db", "migrate", "--db", "n.sqlite3"], cwd);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toMatch(/^npc-build: n\.sqlite3: 0001_npc_state\.sql was changed after it was applied/);
    expect(migrate.stderr.split("\n")).toHaveLength(2);

    execOn(path.join(cwd, "bare.sqlite3"), "CREATE TABLE t (x)");
    const bare = await runCli(["db", "verify", "--db", "bare.sqlite3"], cwd);
    expect(bare).toEqual({ code: 1, stdout: "", stderr: "npc-build: bare.sqlite3: no schema_migrations table: the database was never migrated\n" });
  });

  it("a database newer than the files: migrate refuses (exit 2), status shows the unknown version", async () => {
    const cwd = project();
    await runCli(["db", "migrate", "--db", "n.sqlite3", "--migrations", migrationsFolder(LATER)], cwd);
    const migrate = await runCli(["db", "migrate", "--db", "n.sqlite3"], cwd);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toBe(
      "npc-build: n.sqlite3: the database is newer than the migrations: applied 0002_npc_notes has no file; use the migrations of the release that made this database\n",
    );
    const status = await runCli(["db", "status", "--db", "n.sqlite3"], cwd);
    expect(status.stdout).toMatch(/^0002_npc_notes\s+unknown/m);
    expect(status.code).toBe(1);
  });

  it("a file that is not a database: one line, exit 2, the file untouched, for every subcommand", async () => {
    const cwd = project();
    const file = path.join(cwd, "junk.sqlite3");
    fs.writeFileSync(file, "hello, I am a text file\n");
    for (const sub of ["migrate", "status", "verify"]) {
      const r = await runCli(["db", sub, "--db", "junk.sqlite3"], cwd);
      expect(r).toEqual({ code: 2, stdout: "", stderr: "npc-build: junk.sqlite3: not an SQLite database (no SQLite header)\n" });
    }
    expect(fs.readFileSync(file, "utf8")).toBe("hello, I am a text file\n");
    expect(fs.readdirSync(cwd).sort()).toEqual(["db", "junk.sqlite3"]);
  });

  it("status/verify of a missing database, and a bad migrations folder: one line naming the file, exit 2", async () => {
    const cwd = project({ "0002_a.sql": "CREATE TABLE a (x);", "0002_b.sql": "CREATE TABLE b (x);" });
    expect(await runCli(["db", "status", "--db", "none.sqlite3", "--migrations", MIGRATIONS], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: "npc-build: none.sqlite3: database file not found\n",
    });
    expect(await runCli(["db", "migrate", "--db", "n.sqlite3"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: "npc-build: db/migrations/0002_b.sql: version 0002 is used twice: 0002_a.sql and 0002_b.sql\n",
    });
    expect(fs.existsSync(path.join(cwd, "n.sqlite3"))).toBe(false);
    const empty = tempDir();
    expect((await runCli(["db", "migrate", "--db", "n.sqlite3"], empty)).stderr).toBe("npc-build: db/migrations: migrations folder not found\n");
  });

  it("a statement that fails: exit 2, the file and line, nothing of the migration kept", async () => {
    const cwd = project({ "0002_bad.sql": "CREATE TABLE IF NOT EXISTS fine (x);\nCREATE TABLE oops (x) garbage;\n" });
    const r = await runCli(["db", "migrate", "--db", "n.sqlite3"], cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^npc-build: 0002_bad\.sql:2: statement failed: unknown table option: garbage \(nothing of this migration was kept\)\n$/);
    expect(ledgerRows(path.join(cwd, "n.sqlite3")).map((x) => x.version)).toEqual([1]);
  });
});
