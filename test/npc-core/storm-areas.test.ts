// Property: random storms over several areas — PCs logging in, walking between areas and logging
// out (through the area OnEnter/OnExit hooks, in the engine's list-update timing and in the other
// timing the seed makes the hooks resilient to), spawns, perceptions, attacks, spells, dialogue,
// deaths, NPCs walking, and time passing (which drives the 1 s area timer loops) — keep the seed's
// three queue invariants and the area controller's invariants after every event (storm-run.ts).
// A failure shrinks to the shortest storm that breaks a rule and prints it as numbered sentences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METRIC_KEYS, metricKeysWritten } from "./metric-keys.js";
import { areaConfigs, startPcs, stormEvent } from "./storm-events.js";
import { runStorm } from "./storm-run.js";
import { buildStorm } from "./storm-world.js";

// The area controller's own counters (docs/npc_behavior.md, Metrics) beside the seed's whitelist.
const AREA_CONTROLLER_KEYS = ["npc_area_metric_tick_count", "npc_area_metric_cold_count", "npc_area_metric_quiet_tick_count"];

describe("area storms keep the queue and area-controller invariants", () => {
  it("holds after every event (random storms, many seeds)", () => {
    const reached = { stopped: 0, removedExit: 0, overflow: 0, deferred: 0, cold: 0 };
    const transitions = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), areaConfigs, startPcs, fc.array(stormEvent, { minLength: 1, maxLength: 80, size: "max" }), (seed, configs, atLoad, events) => {
        const sw = buildStorm(seed, configs, undefined, atLoad);
        for (const t of runStorm(sw, seed, events)) transitions.add(t);
        const objects = [sw.w.module, ...sw.areas, ...sw.npcs, ...sw.pcs.filter((p) => p !== undefined)];
        for (const key of metricKeysWritten(sw.w, objects)) expect([...METRIC_KEYS, ...AREA_CONTROLLER_KEYS]).toContain(key);
        expect(sw.w.scriptFailures).toEqual([]);
        // What the storms reached, so the property is known to say something.
        const int = (o: (typeof sw.areas)[number], k: string) => sw.w.call("GetLocalInt", o, k) as number;
        for (const a of sw.areas) {
          if (int(a, "npc_area_metric_tick_count") > 0 && int(a, "nb_area_state") === 0) reached.stopped++;
          if (int(a, "npc_area_metric_queue_overflow_count") > 0) reached.overflow++;
          if (int(a, "npc_area_metric_deferred_count") > 0) reached.deferred++;
          if (int(a, "npc_area_metric_cold_count") > 0) reached.cold++;
        }
        if (events.some((e) => (e.e === "walk" || e.e === "logout") && e.exit === "removed")) reached.removedExit++;
      }),
      { seed: 20261122, numRuns: 40 },
    );
    // Every lifecycle edge of the seed happened between two events somewhere.
    for (const t of ["STOPPED->RUNNING", "RUNNING->PAUSED", "PAUSED->RUNNING", "PAUSED->STOPPED"]) expect(transitions).toContain(t);
    expect(reached.stopped).toBeGreaterThan(3);
    expect(reached.removedExit).toBeGreaterThan(10);
    expect(reached.overflow).toBeGreaterThan(5);
    expect(reached.deferred).toBeGreaterThan(5);
    expect(reached.cold).toBeGreaterThan(5);
  });
});
