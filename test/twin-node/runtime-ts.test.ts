// Modules under runtime-ts/ imported by a test run through the twin transform (vitest plugin).
import { beforeEach, describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { NpcBehaviorMetricAdd, NpcBehaviorMetricInc } from "../../runtime-ts/core/npc_metrics.js";

describe("runtime-ts under the twin", () => {
  let world: World;
  beforeEach(() => {
    world = new World({ seed: 7 });
    installEngine(world);
  });

  it("counts through the metric helpers with 32-bit wrapping", () => {
    const m = world.module;
    NpcBehaviorMetricInc(m, "npc_metric_spawn_count");
    NpcBehaviorMetricInc(m, "npc_metric_spawn_count");
    expect(world.call("GetLocalInt", m, "npc_metric_spawn_count")).toBe(2);
    NpcBehaviorMetricAdd(m, "big", 2147483647);
    NpcBehaviorMetricAdd(m, "big", 1);
    expect(world.call("GetLocalInt", m, "big")).toBe(-2147483648);
  });

  it("ignores invalid objects", () => {
    NpcBehaviorMetricInc(OBJECT_INVALID as never, "x");
    expect(world.call("GetLocalInt", world.module, "x")).toBe(0);
  });
});
