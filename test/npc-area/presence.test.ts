// Hot/cold presence policy (npc_presence) as the dispatcher applies it: distance and activity
// thresholds, the saving in an area without players, and hot <-> cold transitions.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeAreaWorld, type AreaWorld } from "./fixture.js";
import { hbCalls, resetHb, setHbClock, stubHeartbeat } from "./hb-stub.js";
import { NpcBehaviorOnAreaTick } from "../../runtime-ts/core/npc_area.js";
import type { NwObject } from "../../tools/twin/values.js";

vi.mock("../../runtime-ts/core/npc_core.js", () => ({ NpcBehaviorOnHeartbeat: (o: { id: number }) => stubHeartbeat(o) }));

const at = (x: number) => ({ x, y: 0, z: 0 });

describe("presence policy", () => {
  let t: AreaWorld;
  let a: NwObject;
  const tick = (): void => t.w.runScript(a, () => NpcBehaviorOnAreaTick(a));
  const callsOf = (o: NwObject): number => hbCalls.filter((c) => c.id === o.id).length;
  const npcAt = (x: number, locals: Record<string, number> = {}): NwObject => {
    const n = t.w.createCreature({ tag: "NPC", area: a, position: at(x) });
    for (const [k, v] of Object.entries({ npc_behavior_init_done: 1, npc_state: 1, ...locals })) t.w.call("SetLocalInt", n, k, v);
    return n;
  };
  beforeEach(() => {
    resetHb();
    t = makeAreaWorld();
    setHbClock(() => t.w.clock.nowMs);
    a = t.area("A", { npc_area_budget_per_tick: 50 });
  });

  it("an always-on area without players costs at most 70% of naive always-on (here about 4%)", () => {
    const naive = t.area("NAIVE", { npc_area_always_on: 1, npc_area_all_hot: 1, npc_area_budget_per_tick: 12 });
    const policy = t.area("POLICY", { npc_area_always_on: 1, npc_area_budget_per_tick: 12 });
    const naiveNpcs = Array.from({ length: 12 }, () => t.npc(naive));
    const policyNpcs = Array.from({ length: 12 }, () => t.npc(policy));
    t.w.start();
    t.w.advance(119.5); // 120 ticks each
    const sum = (ns: NwObject[]): number => ns.reduce((s, n) => s + callsOf(n), 0);
    expect(sum(naiveNpcs)).toBe(12 * 120);
    expect(sum(policyNpcs)).toBeLessThanOrEqual(0.7 * sum(naiveNpcs));
    // Cold NPCs are not starved: in this quiet area each still runs about once per 24 ticks.
    for (const n of policyNpcs) expect(callsOf(n)).toBeGreaterThanOrEqual(120 / 24 - 1);
    // Walked every 8th tick; every NPC of a walked tick is accounted for.
    const quiet = t.int(policy, "npc_area_metric_quiet_tick_count");
    expect(quiet).toBe(105);
    expect(t.int(policy, "npc_area_metric_cold_count") + sum(policyNpcs) + t.int(policy, "npc_area_metric_deferred_count")).toBe(12 * (120 - quiet));
  });

  it("NPCs within the hot distance of a PC run every tick, the others every 4th", () => {
    const near = npcAt(5);
    const far = npcAt(100);
    t.w.clientEnter(t.pc(), a, at(0));
    for (let i = 0; i < 8; i++) tick();
    expect(callsOf(near)).toBe(8);
    expect(callsOf(far)).toBe(2);
    expect(t.int(a, "npc_area_metric_cold_count")).toBe(6);
  });

  it("the distance and the cold period are area settings", () => {
    const far = npcAt(100);
    t.w.clientEnter(t.pc(), a, at(0));
    t.w.call("SetLocalInt", a, "npc_area_cold_every_ticks", 2);
    for (let i = 0; i < 8; i++) tick();
    expect(callsOf(far)).toBe(4);
    t.w.call("SetLocalFloat", a, "npc_area_hot_distance", 150);
    resetHb();
    for (let i = 0; i < 8; i++) tick();
    expect(callsOf(far)).toBe(8);
  });

  it("busy NPCs are hot wherever the players are: ALERT, COMBAT, pending events", () => {
    t.w.clientEnter(t.pc(), a, at(0)); // far from all of them
    const alert = npcAt(100, { npc_state: 2 });
    const combat = npcAt(100, { npc_state: 3 });
    const pending = npcAt(100, { npc_pending_total: 1 });
    const idle = npcAt(100);
    for (let i = 0; i < 8; i++) tick();
    expect([callsOf(alert), callsOf(combat), callsOf(pending), callsOf(idle)]).toEqual([8, 8, 8, 2]);
    t.w.call("SetLocalInt", a, "npc_area_hot_pending_min", 2);
    resetHb();
    for (let i = 0; i < 8; i++) tick();
    expect(callsOf(pending)).toBe(2);
  });

  it("a quiet always-on area (no PC, nothing queued, nobody busy) is walked every 8th tick; a busy NPC found there keeps it walking every tick", () => {
    t.w.call("SetLocalInt", a, "npc_area_always_on", 1);
    const idle = Array.from({ length: 4 }, () => npcAt(100));
    for (let i = 0; i < 48; i++) tick();
    expect(t.int(a, "npc_area_metric_quiet_tick_count")).toBe(42);
    // Cold period 24 in a quiet area: each of them ran twice in 48 ticks.
    expect(idle.map(callsOf)).toEqual([2, 2, 2, 2]);
    t.w.call("SetLocalInt", idle[0]!, "npc_state", 2); // ALERT, e.g. set by a script of the builder
    resetHb();
    for (let i = 0; i < 16; i++) tick(); // ticks 49..64: found at the walk of tick 56, then every tick
    expect(callsOf(idle[0]!)).toBe(9);
    expect(t.int(a, "npc_area_metric_quiet_tick_count")).toBe(42 + 7);
  });

  it("hot <-> cold transitions take effect on the next tick and keep only the last-attempt tick per NPC", () => {
    const n = npcAt(100);
    const pc = t.pc();
    t.w.clientEnter(pc, a, at(0));
    const locals = t.localNames(n);
    for (let i = 0; i < 8; i++) tick();
    expect(callsOf(n)).toBe(2);
    t.w.get(pc).position = at(90); // the PC walks up to the NPC
    resetHb();
    tick();
    expect(callsOf(n)).toBe(1);
    t.w.get(pc).position = at(0);
    resetHb();
    for (let i = 0; i < 4; i++) tick();
    expect(callsOf(n)).toBe(1);
    expect(t.localNames(n)).toEqual([...locals, "int:npc_presence_last_tick"].sort());
  });

  it("no starvation under a full budget: a cold NPC left out on its own tick stays due until it runs", () => {
    // 4 NPCs near the PC (hot), 8 far (cold), one heartbeat per tick: the cold ones' own ticks
    // are mostly taken by hot ones, so without the owed rule some cold NPC never runs.
    t.w.call("SetLocalInt", a, "npc_area_budget_per_tick", 1);
    const npcs = Array.from({ length: 12 }, (_, i) => npcAt((i * 37) % 160));
    t.w.clientEnter(t.pc(), a, at(0));
    const ticksOf = new Map<number, number[]>(npcs.map((n) => [n.id, [0]]));
    for (let tick = 1; tick <= 120; tick++) {
      const before = hbCalls.length;
      t.w.runScript(a, () => NpcBehaviorOnAreaTick(a));
      for (const c of hbCalls.slice(before)) ticksOf.get(c.id)!.push(tick);
    }
    // Every NPC runs, and never waits longer than its cold period (4) + 1 for owing, plus one
    // round of the cursor over the 12 eligible NPCs (12 + 1 ticks at one per tick).
    for (const n of npcs) {
      const ts = [...ticksOf.get(n.id)!, 121];
      const gaps = ts.slice(1).map((x, i) => x - ts[i]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(4 + 1 + 13);
    }
  });
});
