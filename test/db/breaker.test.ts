// The circuit breaker through the writer: failures from SqlGetError in a count-based window open
// it; while open nothing touches the database; after the cool-down one trial write; a failed trial
// reopens it, a run of successes closes it; every transition is a metric and one log line.
import { describe, expect, it } from "vitest";
import {
  NPC_DB_BREAKER_CLOSE_SUCCESSES,
  NPC_DB_BREAKER_COOLDOWN_SEC,
  NPC_DB_BREAKER_FAILURE_THRESHOLD,
  NPC_DB_FLUSH_INTERVAL_SEC,
} from "../../runtime-ts/persist/npc_db_config.js";
import { dbWorld, modInt, readRows, setState } from "./writer-harness.js";

const CLOSED = 0;
const OPEN = 1;
const HALF_OPEN = 2;

function transitions(lines: { text: string }[]): string[] {
  return lines.map((e) => /^npc_db breaker (\S+) -> (\S+):/.exec(e.text)).filter((m) => m !== null).map((m) => `${m![1]}->${m![2]}`);
}

describe("circuit breaker", () => {
  it("closed -> open after the threshold, no database access while open, half-open -> open on a failed trial, half-open -> closed after a run of successes", () => {
    const t = dbWorld(4);
    t.w.start();
    t.w.advance(0);
    let failing = true;
    let upserts = 0;
    t.w.sql.onPrepare = (sql) => {
      if (!sql.startsWith("INSERT INTO npc_state")) return undefined;
      upserts++;
      return failing ? "disk I/O error" : undefined;
    };
    const state = (): number => modInt(t.w, "npc_db_breaker_state");
    // Each interval one batch fails: the breaker opens at the threshold, not before.
    setState(t.w, t.npcs[0]!, 3);
    for (let i = 1; i < NPC_DB_BREAKER_FAILURE_THRESHOLD; i++) {
      t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
      expect(state()).toBe(CLOSED);
    }
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    expect(state()).toBe(OPEN);
    expect(upserts).toBe(NPC_DB_BREAKER_FAILURE_THRESHOLD);
    expect(modInt(t.w, "npc_db_metric_batch_failed_count")).toBe(NPC_DB_BREAKER_FAILURE_THRESHOLD);
    // Open: changes stay queued, nothing is prepared.
    setState(t.w, t.npcs[1]!, 2);
    t.w.advance(NPC_DB_BREAKER_COOLDOWN_SEC - 2 * NPC_DB_FLUSH_INTERVAL_SEC);
    expect(upserts).toBe(NPC_DB_BREAKER_FAILURE_THRESHOLD);
    expect(modInt(t.w, "npc_db_metric_skipped_open_count")).toBeGreaterThan(0);
    // Cool-down over: one trial write, which fails: open again.
    t.w.advance(2 * NPC_DB_FLUSH_INTERVAL_SEC + 1);
    expect(upserts).toBe(NPC_DB_BREAKER_FAILURE_THRESHOLD + 1);
    expect(state()).toBe(OPEN);
    // The fault clears; the next trial succeeds (half-open), then a run of successes closes it.
    failing = false;
    t.w.advance(NPC_DB_BREAKER_COOLDOWN_SEC + NPC_DB_FLUSH_INTERVAL_SEC);
    expect(state()).toBe(NPC_DB_BREAKER_CLOSE_SUCCESSES > 1 ? HALF_OPEN : CLOSED);
    expect(readRows(t.file).get("npc_0")!.state).toBe(3);
    expect(readRows(t.file).get("npc_1")!.state).toBe(2);
    for (let k = 1; k < NPC_DB_BREAKER_CLOSE_SUCCESSES; k++) {
      setState(t.w, t.npcs[2]!, k % 2 === 0 ? 2 : 3);
      t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    }
    expect(state()).toBe(CLOSED);
    expect(transitions(t.w.logEntries)).toEqual(["closed->open", "open->half-open", "half-open->open", "open->half-open", "half-open->closed"]);
    expect(modInt(t.w, "npc_db_metric_breaker_open_count")).toBe(2);
    expect(modInt(t.w, "npc_db_metric_breaker_half_open_count")).toBe(2);
    expect(modInt(t.w, "npc_db_metric_breaker_closed_count")).toBe(1);
  });

  it("failures older than the window's seconds do not count", () => {
    const t = dbWorld(2);
    t.w.start();
    t.w.advance(0);
    let failing = true;
    t.w.sql.onPrepare = (sql) => (failing && sql.startsWith("INSERT INTO npc_state") ? "disk I/O error" : undefined);
    setState(t.w, t.npcs[0]!, 3);
    for (let i = 1; i < NPC_DB_BREAKER_FAILURE_THRESHOLD; i++) t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    // Threshold - 1 failures, then a long quiet success, then a failure much later: still closed.
    failing = false;
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    expect(modInt(t.w, "npc_db_breaker_state")).toBe(CLOSED);
    t.w.advance(200);
    failing = true;
    setState(t.w, t.npcs[1]!, 2);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC);
    expect(modInt(t.w, "npc_db_breaker_state")).toBe(CLOSED);
    expect(modInt(t.w, "npc_db_metric_batch_failed_count")).toBe(NPC_DB_BREAKER_FAILURE_THRESHOLD);
  });

  it("the admin flush is a trial even during the cool-down, and writes everything", () => {
    const t = dbWorld(3);
    t.w.start();
    t.w.advance(0);
    let failing = true;
    t.w.sql.onPrepare = (sql) => (failing && sql.startsWith("INSERT INTO npc_state") ? "disk I/O error" : undefined);
    setState(t.w, t.npcs[0]!, 3);
    t.w.advance(NPC_DB_FLUSH_INTERVAL_SEC * NPC_DB_BREAKER_FAILURE_THRESHOLD);
    expect(modInt(t.w, "npc_db_breaker_state")).toBe(OPEN);
    failing = false;
    t.w.executeScript("npc_db_flush", t.w.module.handle);
    expect(readRows(t.file).get("npc_0")!.state).toBe(3);
    expect(t.w.logEntries.some((e) => e.text === "npc_db flush: 0 change(s) left unwritten")).toBe(true);
  });
});
