// A migrator process SIGKILLed in the middle of a migration leaves none of it; the next run
// applies all of it. The child runs tools/db (transpiled to a temp folder) and pauses inside the
// migration's transaction after a chosen statement, so the kill lands there every time.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ts } from "#ts-morph";
import { describe, expect, it } from "vitest";
import { openNpcDatabase } from "../../tools/db/db-file.js";
import { readMigrationsDir } from "../../tools/db/migrations-dir.js";
import { inspect, migrate } from "../../tools/db/migrator.js";
import { dumpSchema, integrity, ledgerRows, migrationsFolder, REPO, tempDir } from "./helpers.js";

const BIG = [
  "CREATE TABLE IF NOT EXISTS big (id INTEGER PRIMARY KEY, pad TEXT NOT NULL);",
  // About 3 MB of rows, then a 3 MB index: the page cache spills uncommitted pages to the WAL.
  "INSERT INTO big (id, pad) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT i, printf('%.1000c', 'x') FROM n;",
  "CREATE INDEX IF NOT EXISTS big_pad ON big(pad);",
  "CREATE TABLE IF NOT EXISTS after_big (id INTEGER PRIMARY KEY);",
].join("\n");

const CHILD = `
import fs from "node:fs";
import { openNpcDatabase } from "./db-file.js";
import { readMigrationsDir } from "./migrations-dir.js";
import { migrate } from "./migrator.js";
const [file, dir, pauseAfter] = process.argv.slice(2);
const db = openNpcDatabase(file, { create: true });
migrate(db, readMigrationsDir(dir), {
  appliedBy: "child",
  onStatement: (m, i) => {
    if (m.version === 2 && i === Number(pauseAfter)) {
      fs.writeSync(1, "paused\\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
});
fs.writeSync(1, "done\\n");
`;

/** tools/db as ES modules in a temp folder that resolves better-sqlite3 from the repository. */
function childFolder(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  for (const f of ["checksum", "db-file", "ledger-sql", "migrations-dir", "migrator", "split"]) {
    const source = fs.readFileSync(path.join(REPO, "tools/db", `${f}.ts`), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    fs.writeFileSync(path.join(dir, `${f}.js`), js);
  }
  fs.writeFileSync(path.join(dir, "child.mjs"), CHILD);
  return dir;
}

/** Runs the child until it prints `paused` (then SIGKILL) or exits; returns what it printed. */
function runChild(folder: string, file: string, migrations: string, pauseAfter: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(folder, "child.mjs"), file, migrations, String(pauseAfter)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("paused")) child.kill("SIGKILL");
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== 0 && signal !== "SIGKILL") reject(new Error(`child failed (${code}): ${err}`));
      else resolve(`${out.trim()} ${signal ?? code}`);
    });
  });
}

describe("a migrator killed mid-migration", () => {
  for (const pauseAfter of [0, 1, 2, 3]) {
    it(`SIGKILL after statement ${pauseAfter} of 4: none of the migration is kept, and the next run applies all of it`, async () => {
      const folder = childFolder();
      const migrations = migrationsFolder({ "0002_big.sql": BIG });
      const file = path.join(tempDir(), "npc_state.sqlite3");
      expect(await runChild(folder, file, migrations, pauseAfter)).toBe("paused SIGKILL");
      // From the index build on, uncommitted pages had spilled to disk (the WAL) when the process died.
      if (pauseAfter >= 2) expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);

      // Left behind: 0001 applied (committed before), nothing of 0002.
      expect(ledgerRows(file).map((r) => r.version)).toEqual([1]);
      const names = dumpSchema(file).objects.map((o) => o.name);
      expect(names).not.toContain("big");
      expect(names).not.toContain("after_big");
      expect(integrity(file)).toBe("ok");
      const db = openNpcDatabase(file, { create: false });
      expect(inspect(db, readMigrationsDir(migrations)).entries.map((e) => e.state)).toEqual(["applied", "pending"]);
      expect(migrate(db, readMigrationsDir(migrations), { appliedBy: "test" }).map((m) => m.version)).toEqual([2]);
      expect(db.prepare("SELECT count(*) FROM big").pluck().get()).toBe(3000);
      db.close();
      expect(integrity(file)).toBe("ok");
    });
  }

  it("the child completes when not killed (the harness itself works)", async () => {
    const folder = childFolder();
    const migrations = migrationsFolder({ "0002_big.sql": BIG });
    const file = path.join(tempDir(), "npc_state.sqlite3");
    expect(await runChild(folder, file, migrations, 99)).toBe("done 0");
    expect(ledgerRows(file).map((r) => r.version)).toEqual([1, 2]);
  });
});
