// SQLite through the Sql* functions: campaign files, object databases, binds, errors, rollback.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NwJson, NwSqlQuery, World } from "../../tools/twin/engine/index.js";
import { act, call } from "./helpers.js";

const dirs: string[] = [];
const worlds: World[] = [];
afterEach(() => {
  for (const w of worlds.splice(0)) w.sql.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function world(seed = 1): { w: World; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "twin-sql-"));
  dirs.push(dir);
  const w = new World({ seed, databaseDir: path.join(dir, "db") });
  worlds.push(w);
  return { w, dir };
}

const q = (w: World, db: string, sql: string) => call(w, "SqlPrepareQueryCampaign", db, sql) as NwSqlQuery;
const step = (w: World, query: NwSqlQuery) => call(w, "SqlStep", query);

describe("SQLite", () => {
  it("round trip through a campaign file, kept between worlds", () => {
    const { w, dir } = world();
    w.runScript(w.module.handle, () => {
      expect(step(w, q(w, "npc", "CREATE TABLE IF NOT EXISTS state (id TEXT PRIMARY KEY, n INTEGER, f REAL, j TEXT)"))).toBe(0);
      const ins = q(w, "npc", "INSERT INTO state (id, n, f, j) VALUES (@id, :n, $f, @j)");
      call(w, "SqlBindString", ins, "@id", "guard");
      call(w, "SqlBindInt", ins, ":n", -7);
      call(w, "SqlBindFloat", ins, "$f", Math.fround(0.1));
      call(w, "SqlBindJson", ins, "@j", call(w, "JsonParse", '{"a":[1,2]}')!);
      expect(step(w, ins)).toBe(0);
      expect(call(w, "SqlGetError", ins)).toBe("");
    });
    expect(fs.existsSync(path.join(dir, "db", "npc.sqlite3"))).toBe(true);
    w.sql.close();

    const w2 = new World({ databaseDir: path.join(dir, "db") });
    worlds.push(w2);
    const sel = q(w2, "npc", "SELECT id, n, f, j, n * 2 AS twice FROM state WHERE id = @id");
    call(w2, "SqlBindString", sel, "@id", "guard");
    expect(call(w2, "SqlGetColumnCount", sel)).toBe(5);
    expect(call(w2, "SqlGetColumnName", sel, 4)).toBe("twice");
    expect(step(w2, sel)).toBe(1);
    expect(call(w2, "SqlGetString", sel, 0)).toBe("guard");
    expect(call(w2, "SqlGetInt", sel, 1)).toBe(-7);
    expect(call(w2, "SqlGetFloat", sel, 2)).toBe(Math.fround(0.1));
    expect(call(w2, "JsonDump", call(w2, "SqlGetJson", sel, 3)!, -1)).toBe('{"a":[1,2]}');
    expect(call(w2, "SqlGetInt", sel, 4)).toBe(-14);
    // Conversions are SQLite's: numbers read as text, text read as numbers.
    expect(call(w2, "SqlGetString", sel, 1)).toBe("-7");
    expect(call(w2, "SqlGetString", sel, 2)).toMatch(/^0\.1000000014901161?2?$/);
    expect(call(w2, "SqlGetInt", sel, 0)).toBe(0);
    expect(call(w2, "SqlGetInt", sel, 9)).toBe(0);
    expect(step(w2, sel)).toBe(0);
    // Reset runs it again with the binds kept.
    call(w2, "SqlResetQuery", sel, 0);
    expect(step(w2, sel)).toBe(1);
  });

  it("object databases: the module and PCs only", () => {
    const { w } = world();
    const pc = w.createCreature({ isPC: true });
    const npc = w.createCreature();
    for (const o of [w.module.handle, pc]) {
      expect(call(w, "SqlStep", call(w, "SqlPrepareQueryObject", o, "CREATE TABLE t (v)")!)).toBe(0);
      expect(call(w, "SqlStep", call(w, "SqlPrepareQueryObject", o, "SELECT count(*) FROM t")!)).toBe(1);
    }
    const bad = call(w, "SqlPrepareQueryObject", npc, "SELECT 1") as NwSqlQuery;
    expect(call(w, "SqlStep", bad)).toBe(0);
    expect(call(w, "SqlGetError", bad)).toMatch(/module and player characters/);
    call(w, "SqlDestroyDatabase", w.module.handle);
    const gone = call(w, "SqlPrepareQueryObject", w.module.handle, "SELECT count(*) FROM t") as NwSqlQuery;
    expect(call(w, "SqlGetError", gone)).toBe("no such table: t");
  });

  it("errors: SqlGetError says why, the log and the counter record it, PCs are told", () => {
    const { w } = world();
    const pc = w.createCreature({ isPC: true });
    const bad = q(w, "npc", "SELECT * FROM missing");
    expect(step(w, bad)).toBe(0);
    expect(call(w, "SqlGetError", bad)).toBe("no such table: missing");
    expect(w.sql.errorCount).toBe(1);
    expect(w.log).toEqual(["SQL error: no such table: missing"]);
    expect(w.messages).toEqual([{ pc, text: "SQL error: no such table: missing" }]);

    step(w, q(w, "npc", "CREATE TABLE u (k TEXT PRIMARY KEY)"));
    const ins = () => {
      const s = q(w, "npc", "INSERT INTO u VALUES (@k)");
      call(w, "SqlBindString", s, "@k", "x");
      step(w, s);
      return s;
    };
    expect(call(w, "SqlGetError", ins())).toBe("");
    expect(call(w, "SqlGetError", ins())).toBe("UNIQUE constraint failed: u.k");

    const s = q(w, "npc", "SELECT @a");
    call(w, "SqlBindInt", s, "@b", 1);
    expect(call(w, "SqlGetError", s)).toMatch(/@b/);
    expect(step(w, s)).toBe(1);
    expect(call(w, "SqlGetString", s, 0)).toBe("");
    expect(w.sql.errorCount).toBe(3);
  });

  it("an open transaction is rolled back when the script run ends", () => {
    const { w } = world();
    w.runScript(w.module.handle, () => step(w, q(w, "npc", "CREATE TABLE t (v)")));
    w.runScript(w.module.handle, () => {
      step(w, q(w, "npc", "BEGIN"));
      step(w, q(w, "npc", "INSERT INTO t VALUES (1)"));
    });
    w.runScript(w.module.handle, () => {
      step(w, q(w, "npc", "BEGIN"));
      step(w, q(w, "npc", "INSERT INTO t VALUES (2)"));
      // A delayed command is its own script run: the transaction does not wait for it.
      call(w, "DelayCommand", Math.fround(1), act(() => step(w, q(w, "npc", "COMMIT"))));
      step(w, q(w, "npc", "COMMIT"));
    });
    w.runUntilIdle();
    const count = q(w, "npc", "SELECT group_concat(v) FROM t");
    step(w, count);
    expect(call(w, "SqlGetString", count, 0)).toBe("2");
    expect(w.log.filter((l) => l.startsWith("SQL: rolled back"))).toHaveLength(1);
  });

  it("fault injection: read-only file, prepare and step hooks", () => {
    const { w } = world();
    step(w, q(w, "npc", "CREATE TABLE t (v)"));
    w.sql.setCampaignReadOnly("npc");
    const ins = q(w, "npc", "INSERT INTO t VALUES (1)");
    expect(step(w, ins)).toBe(0);
    expect(call(w, "SqlGetError", ins)).toBe("attempt to write a readonly database");
    const read = q(w, "npc", "SELECT count(*) FROM t");
    expect(step(w, read)).toBe(1);
    w.sql.setCampaignReadOnly("npc", false);

    w.sql.onPrepare = (sql) => (sql.includes("locked") ? "database is locked" : undefined);
    const locked = q(w, "npc", "SELECT 'locked'");
    expect(step(w, locked)).toBe(0);
    expect(call(w, "SqlGetError", locked)).toBe("database is locked");
    w.sql.onStep = (_sql, target) => (target.kind === "campaign" ? "disk I/O error" : undefined);
    const io = q(w, "npc", "SELECT 1");
    expect(step(w, io)).toBe(0);
    expect(call(w, "SqlGetError", io)).toBe("disk I/O error");
    expect(call(w, "SqlGetError", q(w, "../x", "SELECT 1"))).toMatch(/invalid campaign database name/);
  });

  it("json columns that are not JSON read as null with an error", () => {
    const { w } = world();
    const s = q(w, "npc", "SELECT 'nope', NULL");
    step(w, s);
    expect(call(w, "JsonGetError", call(w, "SqlGetJson", s, 0)!)).not.toBe("");
    expect((call(w, "SqlGetJson", s, 1) as NwJson).value.t).toBe("null");
  });
});
