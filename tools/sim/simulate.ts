// Runs the simulation: builds the module, steps the clock one simulated second at a time with
// scripted activity, and records per area and per tick what the NPC module did.
import { performance } from "node:perf_hooks";
import type { GameObject } from "../twin/engine/objects.js";
import { SeededRandom } from "../twin/engine/random.js";
import { Activity } from "./activity.js";
import type { HookMains } from "./hooks.js";
import { InvariantChecker } from "./invariants.js";
import { RunMeter, type WorstAreaRun, type WorstOtherRun } from "./run-meter.js";
import { buildWorld, type SimShape } from "./world.js";

/** The game's instruction limit for one script run. */
export const INSTRUCTION_LIMIT = 524_288;
/** Invariant messages kept in the report (the count is always exact). */
const MAX_KEPT_VIOLATIONS = 200;

export interface SimParams extends SimShape {
  minutes: number;
}

/** One series per area, one entry per tick. */
export interface AreaSeries {
  tag: string;
  depth: number[];
  processed: number[];
  skipped: number[];
  deferred: number[];
  degraded: number[];
  /** nb_area_state: 0 STOPPED, 1 RUNNING, 2 PAUSED. */
  state: number[];
}

export interface SimResult {
  params: SimParams;
  ticks: number;
  /** Wall time of each simulated second, ms (not deterministic). */
  wallMs: number[];
  /** Largest instruction estimate of one script run during each tick. */
  peakInstructions: number[];
  alive: number[];
  areas: AreaSeries[];
  violations: { tick: number; message: string }[];
  violationCount: number;
  scriptFailures: { timeMs: number; message: string }[];
  worstInstructions: { tick: number; instructions: number; limit: number };
  /** The largest run on an area (the controller's tick, or OnEnter/OnExit), and the largest other run. */
  worstAreaRun: WorstAreaRun & { limit: number };
  worstOtherRun: WorstOtherRun & { limit: number };
  totals: { processed: number; skipped: number; deferred: number; deaths: number; respawns: number; worstDepth: number; degradedTicks: number };
  setupMs: number;
  totalMs: number;
}

export interface Progress {
  minute: number;
  wallMs: number;
  alive: number;
  worstDepth: number;
  /** Deaths and respawns since the start. */
  deaths: number;
  respawns: number;
}

export function simulate(params: SimParams, hooks: HookMains, onMinute: (p: Progress) => void = () => {}): SimResult {
  const t0 = performance.now();
  const rng = new SeededRandom(params.seed ^ 0x51a7e5);
  const sim = buildWorld(params, hooks, rng);
  const { w, areas, npcs } = sim;
  const activity = new Activity(sim, rng);
  w.start();
  activity.login();
  // Script runs are measured from here: the module's load and the logins are not ticks.
  const meter = new RunMeter(w);
  const setupMs = performance.now() - t0;

  // Areas as objects, their locals read straight from the tables (as GetLocalInt answers
  // them): this runs for every area after every simulated second.
  const areaObjs = areas.map((a) => w.get(a));
  const int = (o: GameObject, k: string) => (o.locals.get("int", k) as number | undefined) ?? 0;
  const checker = new InvariantChecker(w, areas, npcs);
  const series: AreaSeries[] = areaObjs.map((a) => ({ tag: a.tag, depth: [], processed: [], skipped: [], deferred: [], degraded: [], state: [] }));
  const last = areas.map(() => ({ processed: 0, skipped: 0, deferred: 0 }));
  const result: SimResult = {
    params,
    ticks: params.minutes * 60,
    wallMs: [],
    peakInstructions: [],
    alive: [],
    areas: series,
    violations: [],
    violationCount: 0,
    scriptFailures: [],
    worstInstructions: { tick: -1, instructions: 0, limit: INSTRUCTION_LIMIT },
    worstAreaRun: { ...meter.worstArea, limit: INSTRUCTION_LIMIT },
    worstOtherRun: { ...meter.worstOther, limit: INSTRUCTION_LIMIT },
    totals: { processed: 0, skipped: 0, deferred: 0, deaths: 0, respawns: 0, worstDepth: 0, degradedTicks: 0 },
    setupMs,
    totalMs: 0,
  };
  let minuteWorstDepth = 0;
  for (let t = 0; t < result.ticks; t++) {
    const tickStart = performance.now();
    meter.tick = t;
    activity.step(t);
    w.advance(1);
    result.wallMs.push(round2(performance.now() - tickStart));
    // NPCs the spawn brought back this tick.
    while (checker.watching < npcs.length) checker.add(npcs[checker.watching]!);
    const peak = meter.takeTickPeak();
    result.peakInstructions.push(peak);
    if (peak > result.worstInstructions.instructions) result.worstInstructions = { tick: t, instructions: peak, limit: INSTRUCTION_LIMIT };
    areaObjs.forEach((a, i) => {
      const s = series[i]!;
      const depth = int(a, "npc_area_queue_depth");
      const degraded = int(a, "npc_area_degraded_mode") !== 0 ? 1 : 0;
      const now = {
        processed: int(a, "npc_area_metric_processed_count"),
        skipped: int(a, "npc_area_metric_skipped_count"),
        deferred: int(a, "npc_area_metric_deferred_count"),
      };
      s.depth.push(depth);
      s.processed.push(now.processed - last[i]!.processed);
      s.skipped.push(now.skipped - last[i]!.skipped);
      s.deferred.push(now.deferred - last[i]!.deferred);
      s.degraded.push(degraded);
      s.state.push(int(a, "nb_area_state"));
      result.totals.processed += now.processed - last[i]!.processed;
      result.totals.skipped += now.skipped - last[i]!.skipped;
      result.totals.deferred += now.deferred - last[i]!.deferred;
      result.totals.degradedTicks += degraded;
      if (depth > result.totals.worstDepth) result.totals.worstDepth = depth;
      if (depth > minuteWorstDepth) minuteWorstDepth = depth;
      last[i] = now;
    });
    for (const message of checker.check()) {
      result.violationCount++;
      if (result.violations.length < MAX_KEPT_VIOLATIONS) result.violations.push({ tick: t, message });
    }
    const alive = checker.alive;
    result.alive.push(alive);
    if ((t + 1) % 60 === 0) {
      onMinute({ minute: (t + 1) / 60, wallMs: performance.now() - t0, alive, worstDepth: minuteWorstDepth, deaths: activity.deaths, respawns: activity.respawns });
      minuteWorstDepth = 0;
    }
  }
  result.worstAreaRun = { ...meter.worstArea, limit: INSTRUCTION_LIMIT };
  result.worstOtherRun = { ...meter.worstOther, limit: INSTRUCTION_LIMIT };
  result.totals.deaths = activity.deaths;
  result.totals.respawns = activity.respawns;
  result.scriptFailures = w.scriptFailures.map((f) => ({ timeMs: f.timeMs, message: f.error.message }));
  result.totalMs = round2(performance.now() - t0);
  result.setupMs = round2(setupMs);
  return result;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
