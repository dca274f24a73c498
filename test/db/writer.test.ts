// The write-behind writer on the twin against a real SQLite file: coalescing, flush by size and
// by interval, one prepared UPSERT per batch, restore on spawn, death.
import { describe, expect, it } from "vitest";
import { NpcDbQueueCount } from "../../runtime-ts/persist/npc_db_slots.js";
import { NPC_DB_BATCH_SIZE, NPC_DB_FLUSH_INTERVAL_SEC, NPC_DB_QUEUE_CAPACITY } from "../../runtime-ts/persist/npc_db_config.js";
import { addNpc, countPrepares, dbWorld, int, modInt, readRows, setState } from "./writer-harness.js";

const IDLE = 1;
const ALERT = 2;
const COMBAT = 3;

describe("write-behind writer", () => {
  it("writes every spawned NPC after module load, in batches of one transaction and one prepared UPSERT each", () => {
    const n = 2 * NPC_DB_BATCH_SIZE + 40;
    const t = dbWorld(n);
    const prepares = countPrepares(t.w);
    t.w.start();
    // Nothing touched the database before module load; spawns were queued.
    t.w.advance(0);
    const rows = readRows(t.file);
    expect(rows.size).toBe(n);
    for (let i = 0; i < n; i++) {
      const r = rows.get(`npc_${i}`)!;
      expect(r, JSON.stringify(r)).toMatchObject({ area_id: "MARKET", template: "guard", state: IDLE, alive: 1, row_version: 1 });
    }
    expect(modInt(t.w, "npc_db_metric_batch_count")).toBe(3);
    expect(modInt(t.w, "npc_db_metric_written_count")).toBe(n);
    // One UPSERT prepared per batch (the migrations' own statements are not the writer's).
    expect(prepares.get("INSERT INTO npc_state")).toBe(3);
    expect(prepares.get("ROLLBACK")).toBeUndefined();
    t.w.runScript(t.w.module.handle, () => expect(NpcDbQueueCount()).toBe(0));
  });

  it("coalesces: one pending write per NPC however many changes, the last one written", () => {
    const t = dbWorld(3);
    t.w.start();
    t.w.advance(0);
    const before = modInt(t.w, "npc_db_metric_coalesced_count");
    for (let k = 0; k < 10; k++) setState(t.w, t.npcs[0]!, k % 2 === 0 ? COMBAT : ALERT);
    setState(t.w, t.npcs[1]!, COMBAT);
    t.w.runScript(t.w.module.handle, () => expect(NpcDbQueueCount()).toBe(2));
    expect(modInt(t.w, "npc_db_metric_coalesced_count") - before).toBe(9);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    const rows = readRows(t.file);
    expect(rows.get("npc_0")).toMatchObject({ state: ALERT, row_version: 2 });
    expect(rows.get("npc_1")).toMatchObject({ state: COMBAT, row_version: 2 });
    expect(rows.get("npc_2")).toMatchObject({ state: IDLE, row_version: 1 });
  });

  it("flushes by interval: nothing is written before the interval, everything after", () => {
    const t = dbWorld(5);
    t.w.start();
    t.w.advance(0);
    for (const npc of t.npcs) setState(t.w, npc, COMBAT);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC - 0.5);
    expect([...readRows(t.file).values()].filter((r) => r.state === COMBAT)).toHaveLength(0);
    t.w.advance(1);
    expect([...readRows(t.file).values()].filter((r) => r.state === COMBAT)).toHaveLength(5);
    // An idle writer keeps no timer.
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC * 2);
    expect(modInt(t.w, "npc_db_loop_running")).toBe(0);
  });

  it("flushes by size: a queue reaching the threshold is written right after the script, before the interval", () => {
    const n = NPC_DB_BATCH_SIZE + 10;
    const t = dbWorld(n);
    t.w.start();
    t.w.advance(0);
    const prepares = countPrepares(t.w);
    for (const npc of t.npcs) setState(t.w, npc, COMBAT);
    t.w.advance(0.1);
    const combat = [...readRows(t.file).values()].filter((r) => r.state === COMBAT).length;
    expect(combat).toBeGreaterThanOrEqual(NPC_DB_BATCH_SIZE);
    expect(prepares.get("INSERT INTO npc_state")).toBeGreaterThanOrEqual(1);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    expect([...readRows(t.file).values()].filter((r) => r.state === COMBAT)).toHaveLength(n);
  });

  it("death writes alive = 0, even when the NPC is destroyed before the flush", () => {
    const t = dbWorld(2);
    t.w.start();
    t.w.advance(0);
    t.w.kill(t.npcs[0]!, t.npcs[1]!);
    t.w.destroy(t.npcs[0]!);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    expect(readRows(t.file).get("npc_0")).toMatchObject({ alive: 0 });
    expect(readRows(t.file).get("npc_1")).toMatchObject({ alive: 1 });
  });

  it("restores an NPC's state on spawn: placed NPCs at module load, later spawns at once", () => {
    const first = dbWorld(2);
    first.w.start();
    first.w.advance(0);
    setState(first.w, first.npcs[0]!, COMBAT);
    setState(first.w, first.npcs[1]!, ALERT);
    first.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    first.w.sql.close();

    const second = dbWorld(2, first.dir);
    second.w.start();
    second.w.advance(0);
    expect(int(second.w, second.npcs[0]!, "npc_state")).toBe(COMBAT);
    expect(int(second.w, second.npcs[1]!, "npc_state")).toBe(ALERT);
    // A spawn after module load reads its row in OnSpawn.
    const late = addNpc(second.w, second.area, 1);
    second.w.spawn(late);
    expect(int(second.w, late, "npc_state")).toBe(ALERT);
    expect(modInt(second.w, "npc_db_metric_restored_count")).toBe(3);
  });

  it("backpressure: a full queue with the database unavailable defers changes on the NPCs (counted), and they are written later", () => {
    // More NPCs than slots spawn before module load (nothing may touch the database yet).
    const n = NPC_DB_QUEUE_CAPACITY + 30;
    const t = dbWorld(n);
    t.w.start();
    expect(modInt(t.w, "npc_db_metric_queue_full_count")).toBe(30);
    expect(modInt(t.w, "npc_db_metric_deferred_count")).toBe(30);
    expect(modInt(t.w, "npc_db_deferred_pending")).toBe(30);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC * 2);
    expect(readRows(t.file).size).toBe(n);
    expect(modInt(t.w, "npc_db_metric_requeued_count")).toBe(30);
    expect(modInt(t.w, "npc_db_deferred_pending")).toBe(0);
    expect(modInt(t.w, "npc_db_metric_lost_count")).toBe(0);
  });

  it("backpressure: a deferred change whose NPC is destroyed is the only loss, and it is counted and logged", () => {
    const n = NPC_DB_QUEUE_CAPACITY + 3;
    const t = dbWorld(n);
    t.w.start();
    expect(modInt(t.w, "npc_db_deferred_pending")).toBe(3);
    t.w.destroy(t.npcs[n - 1]!);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC * 2);
    expect(readRows(t.file).size).toBe(n - 1);
    expect(modInt(t.w, "npc_db_metric_lost_count")).toBe(1);
    expect(t.w.logEntries.some((e) => /npc_db lost 1 deferred change/.test(e.text))).toBe(true);
  });

  it("graceful shutdown under load drains everything: the database equals every NPC's state (0 lost)", () => {
    const t = dbWorld(900, undefined, 4);
    t.w.call("SetLocalInt", t.area, "npc_area_always_on", 1);
    t.w.start();
    t.w.advance(0);
    let seed = 17;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed % n);
    for (let sec = 0; sec < 12; sec++) {
      for (let k = 0; k < 150; k++) setState(t.w, t.npcs[next(t.npcs.length)]!, 1 + next(3));
      t.w.advance(1);
    }
    for (let k = 0; k < 400; k++) setState(t.w, t.npcs[next(t.npcs.length)]!, 1 + next(3));
    expect(modInt(t.w, "npc_db_q_count")).toBeGreaterThan(100);
    t.w.executeScript("npc_shutdown", t.w.module.handle);
    const rows = readRows(t.file);
    const lost = t.npcs.filter((npc, i) => rows.get(`npc_${i}`)?.state !== int(t.w, npc, "npc_state")).length;
    expect(lost).toBe(0);
    expect(modInt(t.w, "npc_db_metric_lost_count")).toBe(0);
    expect(t.w.logEntries.some((e) => /^npc_db shutdown: all changes written/.test(e.text))).toBe(true);
  });
});
