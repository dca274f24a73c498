// `npc-build db health` end to end in-process: what it prints and the exit codes scripts rely on.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { lines, runCli } from "../cli/helpers.js";
import { healthTempDir, makeNpcDb } from "./health-helpers.js";

function setup(rows = 3): { dir: string; file: string } {
  const dir = healthTempDir();
  const file = path.join(dir, "database", "npc_state.sqlite3");
  fs.mkdirSync(path.dirname(file));
  makeNpcDb(file, rows);
  return { dir, file };
}

describe("npc-build db health", () => {
  it("healthy: exit 0, one summary line with latencies, journal mode and WAL size", async () => {
    const { dir } = setup();
    const result = await runCli(["db", "health", "--db", "database/npc_state.sqlite3", "--samples", "4"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^npc-build: db health ok: database\/npc_state\.sqlite3 \(journal_mode wal, WAL \d+(\.\d)? (B|KiB|MiB)\); read p50 [\d.]+ ms p95 [\d.]+ ms; write p50 [\d.]+ ms p95 [\d.]+ ms \(4 samples each\)\n$/,
    );
    expect(fs.existsSync(path.join(dir, "database/npc_state.sqlite3.health.json"))).toBe(true);
  });

  it("--json prints the whole report", async () => {
    const { dir } = setup();
    const result = await runCli(["db", "health", "--db", "database/npc_state.sqlite3", "--samples", "3", "--json", "--state", "h.json"], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ status: "ok", reachable: true, journalMode: "wal", maxUnreachableSec: 30, error: null, stateFile: path.join(dir, "h.json") });
    expect(report.read.samples).toBe(3);
    expect(report.write.p95Ms).toBeGreaterThanOrEqual(report.write.p50Ms);
    expect(fs.existsSync(path.join(dir, "h.json"))).toBe(true);
  });

  it("missing file: a warning and exit 0 within the threshold, exit 1 and one clear line past it", async () => {
    const dir = healthTempDir();
    const args = ["db", "health", "--db", "npc_state.sqlite3"];
    const first = await runCli(args, dir);
    expect(first.code).toBe(0);
    expect(lines(first.stderr)).toEqual([
      "npc-build: warning: npc_state.sqlite3 is unreachable (missing: file not found); exit 0 until the outage is longer than 30 s",
    ]);
    expect(first.stdout).toBe("npc-build: db health degraded: npc_state.sqlite3 unreachable for 0 s (threshold 30 s)\n");
    expect(fs.existsSync(path.join(dir, "npc_state.sqlite3"))).toBe(false);

    // The outage began 45 s ago according to the state the first run wrote.
    const stateFile = path.join(dir, "npc_state.sqlite3.health.json");
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
    state.failingSinceAt = new Date(Date.parse(state.failingSinceAt) - 45_000).toISOString();
    fs.writeFileSync(stateFile, JSON.stringify(state));
    const later = await runCli(args, dir);
    expect(later.code).toBe(1);
    expect(lines(later.stderr)).toEqual([expect.stringMatching(/^npc-build: npc_state\.sqlite3 has been unreachable for 4\d(\.\d)? s \(threshold 30 s\): missing: file not found$/)]);
    expect(later.stdout).toMatch(/^npc-build: db health FAILED: npc_state\.sqlite3 unreachable for 4\d(\.\d)? s \(threshold 30 s\)\n$/);

    // A larger threshold turns the same outage back into a warning.
    const patient = await runCli([...args, "--max-unreachable", "120"], dir);
    expect(patient.code).toBe(0);
    expect(patient.stdout).toMatch(/degraded/);
  });

  it("corrupt file past the threshold of 0: exit 1 naming the file and the reason", async () => {
    const dir = healthTempDir();
    fs.writeFileSync(path.join(dir, "bad.sqlite3"), "not a database ".repeat(100));
    const args = ["db", "health", "--db", "bad.sqlite3", "--max-unreachable", "0"];
    expect((await runCli(args, dir)).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await runCli(args, dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^npc-build: bad\.sqlite3 has been unreachable for [\d.]+ s \(threshold 0 s\): not-a-database: .*SQLITE_NOTADB/)]);
  });

  it("busy: a lock held longer than --busy-timeout is reported as busy", async () => {
    const { dir, file } = setup();
    const server = new Database(file);
    server.exec("BEGIN IMMEDIATE");
    try {
      const result = await runCli(["db", "health", "--db", file, "--busy-timeout", "20", "--json"], dir);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ status: "degraded", reachable: false, error: { kind: "busy" } });
      expect(result.stderr).toMatch(/is unreachable \(busy: database is locked/);
    } finally {
      server.exec("ROLLBACK");
      server.close();
    }
  });

  it("an unwritable state location with an unreachable database fails at once", async () => {
    const dir = healthTempDir();
    const result = await runCli(["db", "health", "--db", "missing/npc_state.sqlite3"], dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "npc-build: missing/npc_state.sqlite3 is unreachable and its outage cannot be timed without the state file: missing: file not found",
      expect.stringMatching(/^npc-build: warning: cannot write state file: ENOENT/),
    ]);
  });

  it("bad option values are bad input (exit 2)", async () => {
    const dir = healthTempDir();
    for (const [flag, value] of [["--samples", "0"], ["--samples", "2.5"], ["--max-unreachable", "-1"], ["--max-unreachable", "soon"], ["--busy-timeout", "1e3"]]) {
      const result = await runCli(["db", "health", "--db", "x.sqlite3", flag, value], dir);
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`^npc-build: ${flag} must be a (whole )?number from `))]);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await runCli(["db", "health"], dir)).code).toBe(2);
  });
});
