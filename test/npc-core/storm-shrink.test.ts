// A failing storm shrinks to a short, readable counterexample: each test plants one bug in the
// storm world's hooks and checks what fast-check's shrinking hands back (its size and its shape,
// never how long it took).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NpcBehaviorAreaActivate,
  NpcBehaviorAreaIsActive,
  NpcBehaviorAreaPause,
  NpcBehaviorCountPlayersInArea,
} from "../../runtime-ts/core/npc_area.js";
import { NpcBehaviorMetricInc } from "../../runtime-ts/core/npc_metrics.js";
import type { World } from "../../tools/twin/engine/index.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import type { NwObject } from "../../tools/twin/values.js";
import { areaConfigs, describeEvent, stormEvent, type StormEvent } from "./storm-events.js";
import { runStorm, StormFailure } from "./storm-run.js";
import { buildStorm, REAL_AREA_HOOKS, type AreaHooks, type StormWorld } from "./storm-world.js";

interface Shrunk {
  /** The events up to and including the one after which a rule broke. */
  events: StormEvent[];
  failure: StormFailure;
}

/** Runs storms on a world with a planted bug until one fails, and returns the shrunk failure. */
function shrinkPlanted(hooks: AreaHooks, plant: (sw: StormWorld) => void = () => {}): Shrunk {
  const out = fc.check(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), areaConfigs, fc.array(stormEvent, { minLength: 1, maxLength: 60 }), (seed, configs, events) => {
      const sw = buildStorm(seed, configs, hooks);
      plant(sw);
      runStorm(sw, seed, events);
    }),
    { seed: 77, numRuns: 300 },
  );
  expect(out.failed).toBe(true);
  const failure = out.errorInstance;
  expect(failure).toBeInstanceOf(StormFailure);
  const f = failure as StormFailure;
  const events = out.counterexample![2].slice(0, f.failedAt + 1);
  return { events, failure: f };
}

const lines = (s: Shrunk): string[] => s.events.map(describeEvent);

describe("a planted bug shrinks to a short readable storm", () => {
  it("OnExit that forgets the leaving PC is still counted (skips its decrement)", () => {
    // The bug: pauses only at a count of 0, as if the engine had already dropped the leaving PC.
    const exit = (w: World): void => {
      const area = w.self;
      if (!NpcBehaviorAreaIsActive(area)) return;
      if (NpcBehaviorCountPlayersInArea(area) == 0) NpcBehaviorAreaPause(area);
    };
    const s = shrinkPlanted({ ...REAL_AREA_HOOKS, exit });
    // P logs in to an area, then leaves it (logout or walk, OnExit in the engine's timing): 2 events.
    expect(s.events.length).toBe(2);
    expect(lines(s)[0]).toMatch(/^P\d logs in to A\d at x=\d+$/);
    expect(lines(s)[1]).toMatch(/^P\d (logs out|walks to A\d at x=\d+)$/);
    expect(s.failure.rule).toMatch(/RUNNING with no PC in it and not always-on/);
    // The message is the storm itself, one numbered sentence per event.
    expect(s.failure.message.split("\n").slice(2)).toEqual(lines(s).map((l, i) => `#${i} ${l}`));
  });

  it("OnEnter that starts a loop without the timer guard (a duplicate tick chain)", () => {
    const enter = (w: World): void => {
      const area = w.self;
      const entering = w.call("GetEnteringObject") as NwObject;
      if (!w.call("GetIsPC", entering)) return;
      w.call("DeleteLocalInt", area, "nb_area_timer_running");
      NpcBehaviorAreaActivate(area);
    };
    const s = shrinkPlanted({ ...REAL_AREA_HOOKS, enter });
    // A PC enters an area whose loop already runs: an always-on area (1 event), or one a PC
    // entered before (2 events).
    expect(s.events.length).toBeLessThanOrEqual(2);
    for (const l of lines(s)) expect(l).toMatch(/^P\d (logs in to|walks to) A\d/);
    if (s.events.length === 1) expect(s.failure.storm.split("\n")[0]).toMatch(/always-on/);
    expect(s.failure.rule).toMatch(/2 timer loops \(duplicate tick chain\)/);
  });

  it("a death hook that skips the pending flush (rule 3 of the seed)", () => {
    const s = shrinkPlanted(REAL_AREA_HOOKS, (sw) =>
      registerSubsetScripts(sw.w, { npc_death: () => NpcBehaviorMetricInc(sw.w.self, "npc_metric_death_count") }),
    );
    // Something queues an event for an NPC, then it dies: 2 events.
    expect(s.events.length).toBe(2);
    expect(lines(s)[1]).toMatch(/kills N\d+|damage to N\d+|events hit/);
    expect(s.failure.rule).toMatch(/dead N\d+ still has \d+ pending|npc_pending_total|sum\(npc_pending_total\)/);
  });
});
