// p95 of a simple read and a simple write on an NPC database of realistic size (10k npc_state rows
// made with db/migrations/0001_npc_state.sql), alone and beside a second process that writes in a
// loop the way the server's flush does (docs/ops/sqlite_maintenance.md, "Latency").
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { summarize, type LatencySummary } from "../../db/health-stats.js";
import type { BenchSuite } from "../suite.js";

const ROWS = 10_000;
const SAMPLES = 1000;
const LIMIT_MS = 20;

const READ_NPC = "SELECT area_id, state, state_since, alive, row_version FROM npc_state WHERE npc_id = ?";
const WRITE_NPC =
  "INSERT INTO npc_state (npc_id, area_id, template, state, state_since, alive) VALUES (?, ?, 'guard', ?, ?, 1) ON CONFLICT(npc_id) DO UPDATE SET area_id = excluded.area_id, state = excluded.state, state_since = excluded.state_since, row_version = npc_state.row_version + 1, updated_at = CURRENT_TIMESTAMP";
const INSERT_BLACKBOARD = "INSERT INTO npc_blackboard (npc_id, data) VALUES (?, ?)";

/** The other writer: a separate process (as the game server is), its own connection, until `stop` appears. */
const WRITER = `
const [modulePath, dbFile, stopFile, pace, batch, rows, synchronous] = process.argv.slice(1);
const Database = require(modulePath);
const db = new Database(dbFile, { timeout: 5000 });
db.pragma("synchronous = " + synchronous);
const write = db.prepare(${JSON.stringify(WRITE_NPC)});
const flush = db.transaction((from) => { for (let i = 0; i < Number(batch); i++) write.run("npc" + ((from + i) % Number(rows)), "area" + (i % 20), i % 4, from); });
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const times = [];
let n = 0, busy = 0, transactions = 0;
process.stdout.write("ready\\n");
while (!require("fs").existsSync(stopFile)) {
  const t0 = performance.now();
  try { flush(n); n += Number(batch); transactions++; } catch (e) { if (String(e.code).startsWith("SQLITE_BUSY")) busy++; else throw e; }
  times.push(performance.now() - t0);
  if (Number(pace) > 0) Atomics.wait(sleeper, 0, 0, Number(pace));
}
db.close();
times.sort((a, b) => a - b);
const rank = (p) => times.length ? Math.round(times[Math.ceil(p / 100 * times.length) - 1] * 1000) / 1000 : null;
process.stdout.write(JSON.stringify({ rowsWritten: n, transactions, busy, transactionP50Ms: rank(50), transactionP95Ms: rank(95), transactionMaxMs: rank(100) }) + "\\n");
`;

interface WriterReport {
  rowsWritten: number;
  transactions: number;
  /** Transactions that gave up after the 5 s busy timeout. */
  busy: number;
  transactionP50Ms: number | null;
  transactionP95Ms: number | null;
  transactionMaxMs: number | null;
}

interface Scenario {
  name: string;
  /** The concurrent writer: milliseconds between transactions (0: as fast as it can) and rows per transaction. */
  writer?: { paceMs: number; batch: number };
  /** Whether the claim covers this scenario (the saturating writer is shown, not promised). */
  claimed: boolean;
  /**
   * NORMAL is better-sqlite3's default in WAL mode (no fsync per commit); FULL syncs every commit,
   * the slowest setting a server's SQLite may use. Both connections use the scenario's setting.
   */
  synchronous: "NORMAL" | "FULL";
  /**
   * Pause between the measuring connection's read+write pairs. 0 makes it a back-to-back writer
   * itself, which starves the other writer (SQLite's busy handler sleeps and retries, it does not
   * queue); nominal load paces both.
   */
  measurePaceMs: number;
}

const PACED = { paceMs: 100, batch: 50 };
const SATURATING = { paceMs: 0, batch: 50 };
const SCENARIOS: Scenario[] = [
  { name: "alone, back to back, synchronous=NORMAL", claimed: true, synchronous: "NORMAL", measurePaceMs: 0 },
  { name: "alone, back to back, synchronous=FULL", claimed: true, synchronous: "FULL", measurePaceMs: 0 },
  { name: "nominal: a pair every 5 ms beside a 50-row transaction every 100 ms, synchronous=NORMAL", writer: PACED, claimed: true, synchronous: "NORMAL", measurePaceMs: 5 },
  { name: "nominal: a pair every 5 ms beside a 50-row transaction every 100 ms, synchronous=FULL", writer: PACED, claimed: true, synchronous: "FULL", measurePaceMs: 5 },
  { name: "contention: back to back beside 50-row transactions back to back, synchronous=NORMAL", writer: SATURATING, claimed: false, synchronous: "NORMAL", measurePaceMs: 0 },
  { name: "contention: back to back beside 50-row transactions back to back, synchronous=FULL", writer: SATURATING, claimed: false, synchronous: "FULL", measurePaceMs: 0 },
];

export const suite: BenchSuite = {
  name: "db-latency",
  async run({ repoRoot, benchDir, log }) {
    const dir = join(benchDir, "db-latency");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const file = join(dir, "npc_state.sqlite3");
    createDatabase(file, fs.readFileSync(join(repoRoot, "db/migrations/0001_npc_state.sql"), "utf8"));

    const results = [];
    for (const scenario of SCENARIOS) {
      const writer = scenario.writer ? await startWriter(file, join(dir, "stop"), scenario.writer, scenario.synchronous) : undefined;
      const measured = measure(file, scenario.synchronous, scenario.measurePaceMs);
      const writerReport = writer ? await stopWriter(writer, join(dir, "stop")) : undefined;
      const result = { scenario: scenario.name, claimed: scenario.claimed, ...measured, writer: writerReport };
      results.push(result);
      log(`  ${scenario.name}: read p95 ${measured.read.p95Ms} ms, write p95 ${measured.write.p95Ms} ms, failed ${measured.failed}` +
        (writerReport ? `; other writer ${writerReport.transactions} transactions (p95 ${writerReport.transactionP95Ms} ms, max ${writerReport.transactionMaxMs} ms), ${writerReport.busy} busy` : ""));
    }
    const holds = results.filter((r) => r.claimed).every((r) => r.read.p95Ms < LIMIT_MS && r.write.p95Ms < LIMIT_MS && r.failed === 0);
    return {
      claim: `p95 of a simple read and a simple write on ${ROWS} NPC rows < ${LIMIT_MS} ms, alone and at nominal load beside a second writer (synchronous NORMAL and FULL)`,
      holds,
      result: { rows: ROWS, samples: SAMPLES, results },
    };
  },
};

function createDatabase(file: string, migration: string): void {
  const db = new Database(file);
  db.exec(migration);
  const npc = db.prepare(WRITE_NPC);
  const blackboard = db.prepare(INSERT_BLACKBOARD);
  const rand = mulberry32(1);
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      npc.run(`npc${i}`, `area${i % 20}`, i % 4, Math.floor(rand() * 1e6));
      blackboard.run(`npc${i}`, JSON.stringify({ home: `wp_home_${i}`, mood: Math.floor(rand() * 100), seen: [`pc${i % 7}`], note: "x".repeat(120) }));
    }
  })();
  db.close();
}

/** One connection like the server's: each statement its own transaction, as SqlPrepareQueryCampaign runs them. */
function measure(file: string, synchronous: Scenario["synchronous"], paceMs: number): { journalMode: string; synchronous: number; read: LatencySummary; write: LatencySummary; failed: number } {
  const db = new Database(file, { timeout: 5000 });
  db.pragma(`synchronous = ${synchronous}`);
  const read = db.prepare(READ_NPC);
  const write = db.prepare(WRITE_NPC);
  const rand = mulberry32(7);
  const reads: number[] = [];
  const writes: number[] = [];
  let failed = 0;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < SAMPLES; i++) {
    if (paceMs > 0) Atomics.wait(sleeper, 0, 0, paceMs);
    const id = `npc${Math.floor(rand() * ROWS)}`;
    let t0 = performance.now();
    try {
      write.run(id, `area${i % 20}`, i % 4, i);
    } catch (error) {
      if (!String((error as { code?: string }).code).startsWith("SQLITE_BUSY")) throw error;
      failed++;
    }
    writes.push(performance.now() - t0);
    t0 = performance.now();
    read.get(id);
    reads.push(performance.now() - t0);
  }
  const result = {
    journalMode: String(db.pragma("journal_mode", { simple: true })),
    synchronous: Number(db.pragma("synchronous", { simple: true })),
    read: summarize(reads),
    write: summarize(writes),
    failed,
  };
  db.close();
  return result;
}

function startWriter(file: string, stopFile: string, w: { paceMs: number; batch: number }, synchronous: string): Promise<ChildProcess> {
  fs.rmSync(stopFile, { force: true });
  const modulePath = createRequire(import.meta.url).resolve("better-sqlite3");
  const child = spawn(process.execPath, ["-e", WRITER, modulePath, file, stopFile, String(w.paceMs), String(w.batch), String(ROWS), synchronous], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout!.once("data", () => resolve(child));
  });
}

async function stopWriter(child: ChildProcess, stopFile: string): Promise<WriterReport> {
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  fs.writeFileSync(stopFile, "");
  const code = await exited;
  if (code !== 0) throw new Error(`the concurrent writer failed (exit ${code})`);
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** A small seeded generator: the same ids every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
