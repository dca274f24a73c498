// npc-activation: wall time of activating an area context on the twin (a PC enters a STOPPED or
// PAUSED area: its OnEnter run plus its first dispatched tick), p95 over many activations across
// areas of 50 NPCs. Scenario and definition: tools/bench/npc/activation.ts, docs/npc_benchmarks.md.
import { runActivations, type Activation } from "../npc/activation.js";
import { twinScripts } from "../npc/scripts.js";
import { median, round } from "../stats.js";
import type { BenchSuite } from "../suite.js";

const SHAPE = { areas: 20, npcsPerArea: 50, rounds: 10, seed: 11 };
const LIMIT_MS = 100;

/** Nearest-rank percentile. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

function summary(xs: number[]): { count: number; p50: number; p95: number; max: number } {
  return { count: xs.length, p50: round(median(xs), 3), p95: round(percentile(xs, 95), 3), max: round(Math.max(...xs), 3) };
}

function describe(acts: Activation[]) {
  return {
    totalMs: summary(acts.map((a) => a.totalMs)),
    enterMs: summary(acts.map((a) => a.enterMs)),
    firstTickMs: summary(acts.map((a) => a.firstTickMs)),
    simulatedDelayMs: summary(acts.map((a) => a.simulatedDelayMs)),
  };
}

export const suite: BenchSuite = {
  name: "npc-activation",
  async run({ repoRoot, benchDir, log }) {
    const { activations, warmup } = runActivations(await twinScripts(repoRoot, benchDir, false), SHAPE);
    const all = describe(activations);
    const byFrom = Object.fromEntries((["STOPPED", "PAUSED"] as const).map((f) => [f, describe(activations.filter((a) => a.from === f))]));
    log(`  ${all.totalMs.count} activations: wall p50 ${all.totalMs.p50} ms, p95 ${all.totalMs.p95} ms, max ${all.totalMs.max} ms`);
    for (const [f, d] of Object.entries(byFrom)) {
      log(`  from ${f}: wall p95 ${d.totalMs.p95} ms (enter ${d.enterMs.p95}, first tick ${d.firstTickMs.p95}); simulated enter → tick p95 ${d.simulatedDelayMs.p95} ms`);
    }
    return {
      claim: `activation of an area context (OnEnter run + first dispatched tick, wall time on the twin) p95 < ${LIMIT_MS} ms`,
      holds: all.totalMs.p95 < LIMIT_MS,
      result: {
        definition:
          "One activation = a PC enters an area whose context is STOPPED or PAUSED. Timed with performance.now() on the twin: " +
          "the area's OnEnter script run (npc_area_enter: state → RUNNING, timer loop started if none) plus the run of the first " +
          "iteration of that area's timer loop that dispatches a RUNNING tick (NpcBehaviorOnAreaTick with its NPC heartbeats). " +
          "Engine simulator time between the two (other areas' commands) is not counted. simulatedDelayMs is the simulated " +
          "time from the enter to that tick (0 from STOPPED; up to 1000 from PAUSED, where the paused loop's next poll ticks).",
        shape: { ...SHAPE, activationsPerRound: SHAPE.areas * 2, untimedWarmupRounds: 1 },
        limitMs: LIMIT_MS,
        all,
        byFrom,
        warmupRound: describe(warmup),
      },
    };
  },
};
