// The area tick dispatcher: budget, stagger, filtering and the meaning of its metrics.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeAreaWorld, type AreaWorld } from "./fixture.js";
import { hbCalls, hbFalse, resetHb, setHbClock, stubHeartbeat } from "./hb-stub.js";
import { NpcBehaviorOnAreaTick } from "../../runtime-ts/core/npc_area.js";
import { NPC_AREA_BUDGET_PER_TICK } from "../../runtime-ts/core/npc_config.js";
import type { NwObject } from "../../tools/twin/values.js";

vi.mock("../../runtime-ts/core/npc_core.js", () => ({ NpcBehaviorOnHeartbeat: (o: { id: number }) => stubHeartbeat(o) }));

const PROCESSED = "npc_area_metric_processed_count";
const SKIPPED = "npc_area_metric_skipped_count";
const DEFERRED = "npc_area_metric_deferred_count";

describe("area tick dispatcher", () => {
  let t: AreaWorld;
  let a: NwObject;
  const tick = (): void => t.w.runScript(a, () => NpcBehaviorOnAreaTick(a));
  beforeEach(() => {
    resetHb();
    t = makeAreaWorld();
    setHbClock(() => t.w.clock.nowMs);
    a = hotArea("A");
  });
  // Budget and stagger are checked with every NPC hot (the presence policy has its own tests).
  const hotArea = (tag: string): NwObject => t.area(tag, { npc_area_all_hot: 1 });

  it("runs at most the budget per tick and reaches every NPC within ceil(N / budget) ticks", () => {
    for (const n of [1, 5, 6, 7, 13, 20, 37]) {
      resetHb();
      const area = hotArea(`A${n}`);
      const npcs = Array.from({ length: n }, () => t.npc(area)).map((o) => o.id);
      const budget = NPC_AREA_BUDGET_PER_TICK;
      const rounds = Math.ceil(n / budget);
      for (let r = 0; r < rounds; r++) {
        const before = hbCalls.length;
        t.w.runScript(area, () => NpcBehaviorOnAreaTick(area));
        expect(hbCalls.length - before).toBe(Math.min(budget, n));
      }
      expect(new Set(hbCalls.map((c) => c.id))).toEqual(new Set(npcs));
    }
  });

  it("staggers fairly: over many ticks no NPC runs more than once more than another", () => {
    t.w.call("SetLocalInt", a, "npc_area_budget_per_tick", 4);
    const npcs = Array.from({ length: 11 }, () => t.npc(a));
    for (let i = 0; i < 23; i++) tick();
    const counts = npcs.map((o) => hbCalls.filter((c) => c.id === o.id).length);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(23 * 4);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("the cursor survives NPCs leaving: still everyone within ceil(N / budget) ticks", () => {
    t.w.call("SetLocalInt", a, "npc_area_budget_per_tick", 3);
    const npcs = Array.from({ length: 10 }, () => t.npc(a));
    tick();
    tick();
    const b = t.area("B");
    t.w.enterArea(npcs[0]!, b);
    t.w.enterArea(npcs[9]!, b);
    resetHb();
    for (let i = 0; i < 3; i++) tick();
    expect(new Set(hbCalls.map((c) => c.id))).toEqual(new Set(npcs.slice(1, 9).map((o) => o.id)));
  });

  it("filters: creatures only, no PCs, initialised (== TRUE), not disabled", () => {
    const ok = t.npc(a);
    t.npc(a, {});
    t.npc(a, { npc_behavior_init_done: 2 });
    t.npc(a, { npc_behavior_init_done: 1, npc_flag_disable_object: 1 });
    const disabledOther = t.npc(a, { npc_behavior_init_done: 1, npc_flag_disable_object: 2 });
    const pc = t.pc();
    t.w.clientEnter(pc, a);
    t.w.call("SetLocalInt", pc, "npc_behavior_init_done", 1);
    const plc = t.w.createObject("placeable", { area: a });
    t.w.call("SetLocalInt", plc, "npc_behavior_init_done", 1);
    resetHb();
    tick();
    expect(hbCalls.map((c) => c.id).sort()).toEqual([ok.id, disabledOther.id].sort());
    expect(t.int(a, DEFERRED)).toBe(0);
  });

  it("counts processed (TRUE), skipped (FALSE) and deferred (eligible, over budget)", () => {
    t.w.call("SetLocalInt", a, "npc_area_budget_per_tick", 4);
    const npcs = Array.from({ length: 10 }, () => t.npc(a));
    t.npc(a, { npc_behavior_init_done: 1, npc_flag_disable_object: 1 }); // filtered: no metric
    hbFalse.add(npcs[1]!.id);
    hbFalse.add(npcs[2]!.id);
    tick(); // npcs 0..3: 2 processed, 2 skipped, 6 deferred
    expect([t.int(a, PROCESSED), t.int(a, SKIPPED), t.int(a, DEFERRED)]).toEqual([2, 2, 6]);
    tick(); // npcs 4..7
    expect([t.int(a, PROCESSED), t.int(a, SKIPPED), t.int(a, DEFERRED)]).toEqual([6, 2, 12]);
    tick(); // npcs 8, 9, 0, 1
    expect([t.int(a, PROCESSED), t.int(a, SKIPPED), t.int(a, DEFERRED)]).toEqual([9, 3, 18]);
  });

  it("leaves no selection slots behind and resets the cursor when nobody is eligible", () => {
    const npcs = Array.from({ length: 9 }, () => t.npc(a));
    tick();
    expect(t.localNames(a).filter((n) => n.includes("nb_area_pick_"))).toEqual([]);
    expect(t.int(a, "nb_area_tick_seq")).toBe(NPC_AREA_BUDGET_PER_TICK % 9);
    for (const n of npcs) t.w.call("SetLocalInt", n, "npc_flag_disable_object", 1);
    tick();
    expect(t.localNames(a)).not.toContain("int:nb_area_tick_seq");
  });
});
