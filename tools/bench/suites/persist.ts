// persist: the write-behind writer (runtime-ts/persist) on the twin against real SQLite files:
// a 10,000-NPC batch update, batched against single writes side by side, p95 of a restore read
// and of a batch write, and a graceful shutdown under load (lost changes). docs/persistence.md.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { EVENT, World } from "../../twin/engine/index.js";
import { SeededRandom } from "../../twin/engine/random.js";
import { installEngine } from "../../twin/node/engine-globals.js";
import { compileTwinOrThrow, loadTwin } from "../../twin/node/load.js";
import { registerSubsetScripts } from "../../twin/node/scripts.js";
import type { NwObject } from "../../twin/values.js";
import { NPC_HOOKS } from "../../sim/world.js";
import { round } from "../stats.js";
import type { BenchSuite } from "../suite.js";

const LIMIT_UPDATE_MS = 2000;
const LIMIT_P95_MS = 20;
const REQUIRED_SPEEDUP = 2;
const UPDATE_NPCS = 10_000;
const THROUGHPUT_ROWS = 2000;
const RESTORE_SAMPLES = 1000;
const SHUTDOWN_NPCS = 3000;
const COMBAT = 3;
/** The writer's UPSERT (runtime-ts/persist/npc_db_writer.ts), here issued one row per statement. */
const UPSERT =
  "INSERT INTO npc_state (npc_id, area_id, template, state, state_since, alive) VALUES (@npc_id, @area_id, @template, @state, @state_since, @alive) ON CONFLICT(npc_id) DO UPDATE SET area_id = excluded.area_id, template = excluded.template, state = excluded.state, state_since = excluded.state_since, alive = excluded.alive, row_version = npc_state.row_version + 1, updated_at = CURRENT_TIMESTAMP";

type Fn = (...args: unknown[]) => unknown;

interface Twin {
  mains: Record<string, () => void>;
  setState: Fn;
  flushBatch: Fn;
  restore: Fn;
  queueCount: Fn;
}

async function loadWriter(repoRoot: string): Promise<Twin> {
  const hooksDir = join(repoRoot, "runtime-ts", "hooks");
  const hooks = readdirSync(hooksDir).filter((f) => f.endsWith(".ts")).sort().map((f) => join(hooksDir, f));
  const extra = ["core/npc_state.ts", "persist/npc_db_writer.ts", "persist/npc_db_restore.ts", "persist/npc_db_slots.ts"].map((p) => join(repoRoot, "runtime-ts", p));
  const twin = loadTwin(compileTwinOrThrow([...hooks, ...extra]));
  const mains: Record<string, () => void> = {};
  for (const f of hooks) mains[f.slice(hooksDir.length + 1, -3)] = (await twin.importModule(f)).main as () => void;
  const [state, writer, restore, slots] = await Promise.all(extra.map((f) => twin.importModule(f)));
  return {
    mains,
    setState: state!.NpcBehaviorSetState as Fn,
    flushBatch: writer!.NpcDbFlushBatch as Fn,
    restore: restore!.NpcDbRestore as Fn,
    queueCount: slots!.NpcDbQueueCount as Fn,
  };
}

interface BenchWorld {
  w: World;
  npcs: NwObject[];
  file: string;
}

function makeWorld(t: Twin, dir: string, npcs: number, areas: number, alwaysOn = false): BenchWorld {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const w = new World({ seed: 9, databaseDir: dir, strictScripts: true });
  installEngine(w);
  registerSubsetScripts(w, t.mains);
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const areaObjs = Array.from({ length: areas }, (_, i) => w.createArea({ tag: `AREA${i}` }));
  if (alwaysOn) for (const a of areaObjs) w.call("SetLocalInt", a, "npc_area_always_on", 1);
  const list: NwObject[] = [];
  for (let i = 0; i < npcs; i++) {
    const npc = w.createCreature({ tag: `N${i}`, resref: "guard", area: areaObjs[i % areas], hp: 100, maxHp: 100, scripts: NPC_HOOKS });
    w.call("SetLocalString", npc, "npc_id", `npc_${i}`);
    list.push(npc);
  }
  w.start();
  w.advance(0);
  return { w, npcs: list, file: join(dir, "npc_state.sqlite3") };
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

function rowsWithState(file: string, state: number): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM npc_state WHERE state = ?").get(state) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Runs FlushBatch until the queue is empty; the wall time of each batch script run. */
function drain(t: Twin, w: World): number[] {
  const times: number[] = [];
  for (;;) {
    let left = 0;
    const t0 = performance.now();
    w.runScript(w.module.handle, () => {
      t.flushBatch();
      left = t.queueCount() as number;
    });
    times.push(performance.now() - t0);
    if (left === 0) return times;
  }
}

export const suite: BenchSuite = {
  name: "persist",
  async run({ repoRoot, benchDir, log }) {
    const t = await loadWriter(repoRoot);
    const base = join(benchDir, "persist");

    // 1. 10,000 NPCs change state; every change marked, then written (size flushes, then the rest).
    const big = makeWorld(t, join(base, "update"), UPDATE_NPCS, 10);
    const u0 = performance.now();
    // The server runs queued commands between events: here after every 100 changes.
    big.npcs.forEach((npc, i) => {
      big.w.runScript(npc, () => t.setState(npc, COMBAT));
      if (i % 100 === 99) big.w.advance(0);
    });
    const marked = performance.now();
    big.w.advance(0);
    drain(t, big.w);
    const updateMs = performance.now() - u0;
    const updated = rowsWithState(big.file, COMBAT);
    big.w.sql.close();
    log(`  10,000-NPC update: ${round(updateMs)} ms (changes and size flushes ${round(marked - u0)} ms), ${updated} rows in COMBAT`);

    // 2. Batched (the writer) against single writes (one autocommit UPSERT per change), same rows.
    const tp = makeWorld(t, join(base, "throughput"), THROUGHPUT_ROWS, 4);
    for (const npc of tp.npcs) tp.w.runScript(npc, () => t.setState(npc, COMBAT));
    const b0 = performance.now();
    const batchTimes = drain(t, tp.w);
    const batchedMs = performance.now() - b0;
    const singleTimes: number[] = [];
    const s0 = performance.now();
    for (const npc of tp.npcs) {
      const q0 = performance.now();
      tp.w.runScript(npc, () => {
        const q = tp.w.call("SqlPrepareQueryCampaign", "npc_state", UPSERT)!;
        tp.w.call("SqlBindString", q, "@npc_id", tp.w.call("GetLocalString", npc, "npc_id")!);
        tp.w.call("SqlBindString", q, "@area_id", tp.w.call("GetTag", tp.w.call("GetArea", npc)!)!);
        tp.w.call("SqlBindString", q, "@template", tp.w.call("GetResRef", npc)!);
        tp.w.call("SqlBindInt", q, "@state", 2);
        tp.w.call("SqlBindInt", q, "@state_since", tp.w.call("GetLocalInt", npc, "npc_state_since")!);
        tp.w.call("SqlBindInt", q, "@alive", 1);
        tp.w.call("SqlStep", q);
      });
      singleTimes.push(performance.now() - q0);
    }
    const singleMs = performance.now() - s0;
    const singleErrors = tp.w.sql.errorCount;
    const batchedRowsPerSec = THROUGHPUT_ROWS / (batchedMs / 1000);
    const singleRowsPerSec = THROUGHPUT_ROWS / (singleMs / 1000);
    const speedup = batchedRowsPerSec / singleRowsPerSec;
    log(`  throughput: batched ${Math.round(batchedRowsPerSec)} rows/s, single ${Math.round(singleRowsPerSec)} rows/s, ${round(speedup, 2)}x`);

    // 3. p95 of a restore read (one NPC's row by npc_id, as OnSpawn does) and of a batch write.
    const rng = new SeededRandom(3);
    const readTimes: number[] = [];
    for (let i = 0; i < RESTORE_SAMPLES; i++) {
      const npc = tp.npcs[rng.below(tp.npcs.length)]!;
      tp.w.call("DeleteLocalInt", npc, "npc_db_restored");
      const r0 = performance.now();
      tp.w.runScript(npc, () => t.restore(npc));
      readTimes.push(performance.now() - r0);
    }
    drain(t, tp.w);
    tp.w.sql.close();
    const readP95 = p95(readTimes);
    const batchP95 = p95(batchTimes);
    const singleP95 = p95(singleTimes);
    log(`  p95: restore read ${round(readP95, 2)} ms, batch write ${round(batchP95, 2)} ms, single write ${round(singleP95, 2)} ms`);

    // 4. Graceful shutdown under load: changes every second in running areas, then npc_shutdown.
    const sd = makeWorld(t, join(base, "shutdown"), SHUTDOWN_NPCS, 3, true);
    const load = new SeededRandom(11);
    for (let sec = 0; sec < 20; sec++) {
      for (let k = 0; k < 400; k++) {
        const npc = sd.npcs[load.below(sd.npcs.length)]!;
        sd.w.runScript(npc, () => t.setState(npc, 1 + load.below(3)));
      }
      sd.w.advance(1);
    }
    for (let k = 0; k < 1500; k++) {
      const npc = sd.npcs[load.below(sd.npcs.length)]!;
      sd.w.runScript(npc, () => t.setState(npc, 1 + load.below(3)));
    }
    let queuedAtShutdown = 0;
    sd.w.runScript(sd.w.module.handle, () => (queuedAtShutdown = t.queueCount() as number));
    const sh0 = performance.now();
    sd.w.executeScript("npc_shutdown", sd.w.module.handle);
    const shutdownMs = performance.now() - sh0;
    sd.w.sql.close();
    const db = new Database(sd.file, { readonly: true });
    const stored = new Map((db.prepare("SELECT npc_id, state FROM npc_state").all() as { npc_id: string; state: number }[]).map((r) => [r.npc_id, r.state]));
    db.close();
    let lost = 0;
    sd.npcs.forEach((npc, i) => {
      if (stored.get(`npc_${i}`) !== sd.w.call("GetLocalInt", npc, "npc_state")) lost++;
    });
    log(`  shutdown under load: ${queuedAtShutdown} changes queued, drained in ${round(shutdownMs)} ms, ${lost} lost`);

    const holds =
      updated === UPDATE_NPCS &&
      updateMs < LIMIT_UPDATE_MS &&
      singleErrors === 0 &&
      speedup >= REQUIRED_SPEEDUP &&
      readP95 < LIMIT_P95_MS &&
      batchP95 < LIMIT_P95_MS &&
      lost === 0;
    return {
      claim: `10,000-NPC update < ${LIMIT_UPDATE_MS} ms; batched >= ${REQUIRED_SPEEDUP}x single-write throughput; p95 restore read and batch write < ${LIMIT_P95_MS} ms; 0 lost on graceful shutdown under load`,
      holds,
      result: {
        update: { npcs: UPDATE_NPCS, totalMs: round(updateMs), markMs: round(marked - u0), rowsUpdated: updated },
        throughput: { rows: THROUGHPUT_ROWS, batchedMs: round(batchedMs), singleMs: round(singleMs), batchedRowsPerSec: Math.round(batchedRowsPerSec), singleRowsPerSec: Math.round(singleRowsPerSec), speedup: round(speedup, 2) },
        latency: { restoreReadP95Ms: round(readP95, 3), batchWriteP95Ms: round(batchP95, 3), singleWriteP95Ms: round(singleP95, 3), restoreSamples: RESTORE_SAMPLES, batches: batchTimes.length },
        shutdown: { npcs: SHUTDOWN_NPCS, queuedAtShutdown, drainMs: round(shutdownMs), lost },
      },
    };
  },
};
