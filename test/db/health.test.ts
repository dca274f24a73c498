// The health probe and the outage bookkeeping: real SQLite files in every state an operator meets.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { probeDatabase } from "../../tools/db/health-probe.js";
import { percentile, summarize } from "../../tools/db/health-stats.js";
import { EMPTY_STATE, judge, readState } from "../../tools/db/health-state.js";
import { runHealthCheck } from "../../tools/db/health.js";
import { healthTempDir, makeNpcDb, npcSnapshot } from "./health-helpers.js";

const probeOptions = { samples: 5, busyTimeoutMs: 50 };

describe("percentiles", () => {
  it("are nearest-rank: always a measured value", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(summarize([0.0004, 2, 1])).toEqual({ samples: 3, p50Ms: 1, p95Ms: 2, maxMs: 2 });
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe("probeDatabase", () => {
  it("reads and writes a healthy WAL database, times both and leaves the NPC tables alone", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 10);
    const before = npcSnapshot(file);
    // A fake monotonic clock: every call is 0.5 ms after the previous one.
    let t = 0;
    const result = probeDatabase(file, { ...probeOptions, timer: () => (t += 0.5) });
    expect(result).toMatchObject({ reachable: true, journalMode: "wal" });
    if (!result.reachable) throw new Error("unreachable");
    expect(result.read).toEqual({ samples: 5, p50Ms: 0.5, p95Ms: 0.5, maxMs: 0.5 });
    expect(result.write).toEqual({ samples: 5, p50Ms: 0.5, p95Ms: 0.5, maxMs: 0.5 });
    expect(npcSnapshot(file)).toEqual(before);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT id, probes FROM npc_health_probe").all()).toEqual([{ id: 1, probes: 5 }]);
    db.close();
    // The probe table keeps one row however often the probe runs.
    probeDatabase(file, probeOptions);
    const again = new Database(file, { readonly: true });
    expect(again.prepare("SELECT count(*) AS n, max(probes) AS probes FROM npc_health_probe").get()).toEqual({ n: 1, probes: 10 });
    again.close();
  });

  it("reports the WAL the server has not checkpointed yet", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 0);
    const server = new Database(file);
    server.pragma("wal_autocheckpoint = 0");
    const insert = server.prepare("INSERT INTO npc_state (npc_id, area_id, state) VALUES (?, 'a', 0)");
    for (let i = 0; i < 50; i++) insert.run(`n${i}`);
    const walOnDisk = fs.statSync(`${file}-wal`).size;
    expect(walOnDisk).toBeGreaterThan(0);
    const result = probeDatabase(file, probeOptions);
    server.close();
    expect(result).toMatchObject({ reachable: true, walBytes: walOnDisk });
  });

  it("never creates a missing file: a missing database (or folder) is unreachable", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    expect(probeDatabase(file, probeOptions)).toEqual({ reachable: false, kind: "missing", message: "file not found" });
    expect(fs.existsSync(file)).toBe(false);
    expect(probeDatabase(path.join(dir, "no-such-folder", "npc_state.sqlite3"), probeOptions)).toMatchObject({ kind: "missing" });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(probeDatabase(dir, probeOptions)).toMatchObject({ reachable: false, kind: "not-a-file" });
  });

  it("a file that is not a database, or a damaged one, is unreachable and stays as it was", () => {
    const dir = healthTempDir();
    const garbage = path.join(dir, "garbage.sqlite3");
    const text = "this is not a database, just some text that happens to be long enough ".repeat(20);
    fs.writeFileSync(garbage, text);
    expect(probeDatabase(garbage, probeOptions)).toMatchObject({ reachable: false, kind: "not-a-database" });
    expect(fs.readFileSync(garbage, "utf8")).toBe(text);

    // A real database whose pages after the header were overwritten.
    const damaged = path.join(dir, "damaged.sqlite3");
    makeNpcDb(damaged, 200, "delete");
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0xa5, 100, bytes.length);
    fs.writeFileSync(damaged, bytes);
    expect(probeDatabase(damaged, probeOptions)).toMatchObject({ reachable: false, kind: "not-a-database" });
  });

  it("a writer holding the lock past the busy timeout makes it busy; an open reader does not (WAL)", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 3);
    const server = new Database(file);
    server.exec("BEGIN IMMEDIATE");
    server.prepare("UPDATE npc_state SET state = 9 WHERE npc_id = 'npc0'").run();
    const busy = probeDatabase(file, probeOptions);
    expect(busy).toMatchObject({ reachable: false, kind: "busy" });
    if (!busy.reachable) expect(busy.message).toMatch(/SQLITE_BUSY/);
    server.exec("COMMIT");

    // The server in the middle of a read transaction: WAL lets the probe read and write beside it.
    server.exec("BEGIN");
    server.prepare("SELECT count(*) FROM npc_state").get();
    expect(probeDatabase(file, probeOptions)).toMatchObject({ reachable: true });
    server.exec("COMMIT");
    server.close();
  });

  it("keeps working beside another process that commits in a loop (WAL, busy timeout)", async () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 100);
    const stop = path.join(dir, "stop");
    // A stand-in for the server: its own process and connection, small transactions back to back.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const Database = require(process.argv[1]); const fs = require("fs");
         const db = new Database(process.argv[2], { timeout: 5000 });
         const up = db.prepare("UPDATE npc_state SET state = state + 1, row_version = row_version + 1 WHERE npc_id = ?");
         const tx = db.transaction((i) => { for (let k = 0; k < 10; k++) up.run("npc" + ((i + k) % 100)); });
         let i = 0; process.stdout.write("ready\\n");
         while (!fs.existsSync(process.argv[3])) tx(i++);
         db.close(); process.stdout.write(String(i) + "\\n");`,
        createRequire(import.meta.url).resolve("better-sqlite3"),
        file,
        stop,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    writer.stdout.on("data", (d: Buffer) => (out += d.toString()));
    await vi.waitFor(() => expect(out).toContain("ready"), { timeout: 10_000 });
    const results = [1, 2, 3].map(() => probeDatabase(file, { samples: 20, busyTimeoutMs: 2000 }));
    fs.writeFileSync(stop, "");
    const code = await new Promise((resolve) => writer.once("exit", resolve));
    expect(code).toBe(0);
    for (const r of results) expect(r).toMatchObject({ reachable: true, journalMode: "wal" });
    const transactions = Number(out.trim().split("\n").pop());
    expect(transactions).toBeGreaterThan(0); // the writer really was writing meanwhile
  });

  it("in rollback-journal mode an exclusive lock blocks reads too", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 3, "delete");
    const other = new Database(file);
    other.exec("BEGIN EXCLUSIVE");
    expect(probeDatabase(file, probeOptions)).toMatchObject({ reachable: false, kind: "busy" });
    other.exec("ROLLBACK");
    other.close();
    expect(probeDatabase(file, probeOptions)).toMatchObject({ reachable: true, journalMode: "delete" });
  });

  it("a file the process may read but not write is unreachable (read-only)", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 3, "delete");
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o755);
    const result = asUnprivilegedUser(() => probeDatabase(file, probeOptions));
    expect(result).toMatchObject({ reachable: false, kind: "read-only" });
    if (!result.reachable) expect(result.message).toMatch(/readonly/);
  });
});

/**
 * Root may write any file, so as root the call runs with the effective uid of `nobody` (the real
 * uid stays root, so it can switch back). better-sqlite3 is synchronous: nothing else runs meanwhile.
 */
function asUnprivilegedUser<T>(fn: () => T): T {
  if (process.getuid?.() !== 0 || !process.seteuid) return fn();
  process.seteuid(65534);
  try {
    return fn();
  } finally {
    process.seteuid(0);
  }
}

describe("judge: the outage threshold with a fake clock", () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

  it("times an outage from the first failed run, not from the last success", () => {
    const ok = judge(EMPTY_STATE, true, null, at(0), 30);
    expect(ok).toMatchObject({ status: "ok", unreachableForSec: null });
    expect(ok.next).toEqual({ lastSuccessAt: at(0).toISOString(), failingSinceAt: null, lastError: null });

    // Next run a minute later fails: the outage starts now, whatever the gap since the success.
    const first = judge(ok.next, false, "missing: file not found", at(60), 30);
    expect(first).toMatchObject({ status: "degraded", unreachableSinceAt: at(60).toISOString(), unreachableForSec: 0 });
    expect(first.next).toEqual({ lastSuccessAt: at(0).toISOString(), failingSinceAt: at(60).toISOString(), lastError: "missing: file not found" });

    expect(judge(first.next, false, "x", at(90), 30)).toMatchObject({ status: "degraded", unreachableForSec: 30 });
    const past = judge(first.next, false, "x", at(91), 30);
    expect(past).toMatchObject({ status: "unreachable", unreachableForSec: 31, unreachableSinceAt: at(60).toISOString() });
    expect(past.next.failingSinceAt).toBe(at(60).toISOString());

    // Recovery clears the outage.
    expect(judge(past.next, true, null, at(95), 30).next).toEqual({ lastSuccessAt: at(95).toISOString(), failingSinceAt: null, lastError: null });
  });

  it("a threshold of 0 fails from the second failed run; a clock set back never gives a negative outage", () => {
    const first = judge(EMPTY_STATE, false, "x", at(10), 0);
    expect(first.status).toBe("degraded");
    expect(judge(first.next, false, "x", at(11), 0).status).toBe("unreachable");
    expect(judge(first.next, false, "x", at(5), 30)).toMatchObject({ status: "degraded", unreachableForSec: 0 });
  });
});

describe("runHealthCheck", () => {
  it("records state beside the database and escalates once the threshold passes (fake clock)", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    makeNpcDb(file, 2);
    let now = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
    const check = () => runHealthCheck({ dbPath: file, samples: 3, maxUnreachableSec: 30, busyTimeoutMs: 50, now: () => now });
    const ok = check();
    expect(ok).toMatchObject({ status: "ok", reachable: true, journalMode: "wal", error: null, stateFile: `${file}.health.json`, stateProblems: [] });
    expect(readState(`${file}.health.json`).state.lastSuccessAt).toBe(now.toISOString());

    fs.renameSync(file, `${file}.moved`); // the volume is gone
    now = new Date(now.getTime() + 10_000);
    expect(check()).toMatchObject({ status: "degraded", reachable: false, error: { kind: "missing" }, unreachableForSec: 0 });
    now = new Date(now.getTime() + 31_000);
    const down = check();
    expect(down).toMatchObject({ status: "unreachable", unreachableForSec: 31, lastSuccessAt: "2026-01-01T12:00:00.000Z" });
    expect(fs.existsSync(file)).toBe(false);

    fs.renameSync(`${file}.moved`, file);
    now = new Date(now.getTime() + 5_000);
    expect(check()).toMatchObject({ status: "ok", unreachableSinceAt: null });
  });

  it("a malformed state file is reported and treated as a first run", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "npc_state.sqlite3");
    const state = path.join(dir, "state.json");
    fs.writeFileSync(state, "{ not json");
    const report = runHealthCheck({ dbPath: file, statePath: state, samples: 1, maxUnreachableSec: 30, busyTimeoutMs: 50 });
    expect(report.status).toBe("degraded");
    expect(report.stateProblems).toEqual([expect.stringMatching(/^malformed state file \(ignored\): /)]);
    const recorded = readState(state);
    expect(recorded.problem).toBeUndefined();
    expect(recorded.state.failingSinceAt).toBe(report.checkedAt);
  });

  it("an unreachable database whose outage cannot be recorded is reported down at once", () => {
    const dir = healthTempDir();
    const file = path.join(dir, "gone", "npc_state.sqlite3"); // the state file would go into the missing folder too
    const report = runHealthCheck({ dbPath: file, samples: 1, maxUnreachableSec: 30, busyTimeoutMs: 50 });
    expect(report).toMatchObject({ status: "unreachable", error: { kind: "missing" } });
    expect(report.stateProblems).toEqual([expect.stringMatching(/^cannot write state file: /)]);
  });
});
