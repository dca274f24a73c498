// Fault injection on the twin against a real SQLite file: read-only file, a lock held by another
// connection, the table missing, disk full (a size-limited database), a corrupt file. For each: the
// breaker opens, the area loop keeps ticking, and once the fault clears every acknowledged change
// is in the database.
import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { World } from "../../tools/twin/engine/index.js";
import { SeededRandom } from "../../tools/twin/engine/random.js";
import type { NwObject } from "../../tools/twin/values.js";
import { NPC_DB_BREAKER_COOLDOWN_SEC, NPC_DB_FLUSH_INTERVAL_SEC } from "../../runtime-ts/persist/npc_db_config.js";
import { addNpc, dbWorld, type DbWorld, modInt, int, readRows, setState } from "./writer-harness.js";

interface Fault {
  name: string;
  /** SqlGetError's text the breaker opens on. */
  error: RegExp;
  inject(t: DbWorld): void;
  clear(t: DbWorld): void;
}

const DB = "npc_state";
let holder: Database.Database | undefined;

/** Closes the world's connection after a checkpoint, so the file alone holds every committed row. */
function closeWorldConnection(t: DbWorld): void {
  t.w.sql.campaign(DB).pragma("wal_checkpoint(TRUNCATE)");
  t.w.sql.setCampaignReadOnly(DB, false);
}

const FAULTS: Fault[] = [
  {
    name: "database file read-only",
    error: /readonly database/,
    inject: (t) => t.w.sql.setCampaignReadOnly(DB, true),
    clear: (t) => t.w.sql.setCampaignReadOnly(DB, false),
  },
  {
    name: "database locked by another connection",
    error: /database is locked/,
    inject: (t) => {
      holder = new Database(t.file);
      holder.exec("BEGIN EXCLUSIVE");
      holder.prepare("UPDATE npc_state SET template = template WHERE npc_id = 'npc_0'").run();
    },
    clear: () => {
      holder!.exec("COMMIT");
      holder!.close();
      holder = undefined;
    },
  },
  {
    name: "table missing",
    error: /no such table: npc_state/,
    inject: (t) => {
      holder = new Database(t.file);
      holder.exec("ALTER TABLE npc_state RENAME TO npc_state_aside");
    },
    clear: () => {
      holder!.exec("ALTER TABLE npc_state_aside RENAME TO npc_state");
      holder!.close();
      holder = undefined;
    },
  },
  {
    name: "disk full (size-limited database)",
    error: /database or disk is full/,
    inject: (t) => {
      const db = t.w.sql.campaign(DB);
      db.pragma("wal_checkpoint(TRUNCATE)");
      const pages = db.pragma("page_count", { simple: true }) as number;
      db.pragma(`max_page_count = ${pages}`);
    },
    clear: (t) => void t.w.sql.campaign(DB).pragma("max_page_count = 1073741823"),
  },
  {
    name: "corrupt database file",
    error: /file is not a database/,
    inject: (t) => {
      closeWorldConnection(t);
      fs.copyFileSync(t.file, `${t.file}.backup`);
      const fd = fs.openSync(t.file, "r+");
      fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
      fs.closeSync(fd);
    },
    clear: (t) => {
      // The admin restores the last backup (taken when the fault began: nothing committed since).
      t.w.sql.setCampaignReadOnly(DB, false);
      fs.copyFileSync(`${t.file}.backup`, t.file);
    },
  },
];

const STATES = [1, 2, 3];

describe("fault injection: the breaker opens, the server loop goes on, no acknowledged change is lost", () => {
  for (const fault of FAULTS) {
    it(fault.name, () => {
      const t = dbWorld(24, undefined, 11);
      // A lock must fail at once, as a busy game server cannot wait (busy timeout 0).
      t.w.sql.wrapConnection = (db) => {
        db.pragma("busy_timeout = 0");
        return db;
      };
      t.w.call("SetLocalInt", t.area, "npc_area_always_on", 1);
      t.w.start();
      t.w.advance(0);
      const expected = new Map<string, number>(t.npcs.map((_, i) => [`npc_${i}`, 1]));
      const rng = new SeededRandom(5);
      const npcs: NwObject[] = [...t.npcs];
      const idOf = (npc: NwObject): string => t.w.call("GetLocalString", npc, "npc_id") as string;
      const change = (): void => {
        const i = rng.below(npcs.length);
        const s = STATES[rng.below(3)]!;
        setState(t.w, npcs[i]!, s);
        expected.set(idOf(npcs[i]!), int(t.w, npcs[i]!, "npc_state"));
      };
      for (let k = 0; k < 10; k++) change();
      t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
      expect(readRows(t.file).size).toBe(24);
      const ticksBefore = int(t.w, t.area, "npc_area_metric_tick_count");

      fault.inject(t);
      // Changes keep coming (and new NPCs, whose rows are inserts) for a while under the fault.
      for (let round = 0; round < 8; round++) {
        for (let k = 0; k < 5; k++) change();
        const i = npcs.length;
        // Long ids: each new row needs new pages (overflow), so a size-limited file is really full.
        const late = addNpc(t.w, t.area, i, `npc_${i}_${"p".repeat(3000)}`);
        t.w.spawn(late);
        npcs.push(late);
        expected.set(idOf(late), int(t.w, late, "npc_state"));
        t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
      }
      expect(modInt(t.w, "npc_db_metric_breaker_open_count")).toBeGreaterThanOrEqual(1);
      const opened = t.w.logEntries.find((e) => e.text.startsWith("npc_db breaker closed -> open"));
      expect(opened?.text).toMatch(fault.error);
      // The area loop ticked every second all along.
      expect(int(t.w, t.area, "npc_area_metric_tick_count") - ticksBefore).toBeGreaterThanOrEqual(8 * NPC_DB_FLUSH_INTERVAL_SEC - 1);
      expect(t.w.scriptFailures).toEqual([]);

      fault.clear(t);
      t.w.advance(NPC_DB_BREAKER_COOLDOWN_SEC + 2 * NPC_DB_FLUSH_INTERVAL_SEC);
      // Every acknowledged change: the state each NPC holds now (the area's heartbeats change some
      // too — ALERT decays — and those are acknowledged changes as well).
      const truth = new Map(npcs.map((npc) => [idOf(npc), int(t.w, npc, "npc_state")]));
      const rows = readRows(t.file);
      const got = new Map([...rows.values()].map((r) => [r.npc_id, r.state]));
      expect(got).toEqual(truth);
      // The changes the test made itself are among them, unless a heartbeat changed them since.
      expect([...expected.keys()].every((id) => got.has(id))).toBe(true);
      expect(modInt(t.w, "npc_db_q_count")).toBe(0);
      expect(modInt(t.w, "npc_db_metric_lost_count")).toBe(0);
      const check = new Database(t.file, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
    });
  }
});

export type { World };
