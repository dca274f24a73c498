// OnSpawn: template locals, fallback validation, init-once, disable guard.
import { describe, expect, it } from "vitest";
import { addNpc, int, npcWorld, setInt, setString } from "./harness.js";

describe("NpcBehaviorOnSpawn", () => {
  it("applies the fallbacks 6 / 2 / 12 and enters IDLE when nothing is set", () => {
    const w = npcWorld();
    const npc = addNpc(w, w.createArea({ tag: "A" }), "N");
    w.start();
    expect(int(w, npc, "npc_tick_interval_idle_sec")).toBe(6);
    expect(int(w, npc, "npc_tick_interval_combat_sec")).toBe(2);
    expect(int(w, npc, "npc_alert_decay_sec")).toBe(12);
    expect(int(w, npc, "npc_state")).toBe(1);
    expect(int(w, npc, "npc_behavior_init_done")).toBe(1);
    expect(int(w, npc, "npc_metric_spawn_count")).toBe(1);
  });

  it("copies template strings into the runtime locals", () => {
    const w = npcWorld();
    const npc = addNpc(w, w.createArea(), "N");
    setString(w, npc, "npc_tpl_tick_interval_idle_sec", "10");
    setString(w, npc, "npc_tpl_tick_interval_combat_sec", "3");
    setString(w, npc, "npc_tpl_alert_decay_sec", "20");
    w.start();
    expect(int(w, npc, "npc_tick_interval_idle_sec")).toBe(10);
    expect(int(w, npc, "npc_tick_interval_combat_sec")).toBe(3);
    expect(int(w, npc, "npc_alert_decay_sec")).toBe(20);
  });

  it("validates: idle < 1 → 6, combat < 1 → 2, decay <= 0 → 12; valid edge values stay", () => {
    const w = npcWorld();
    const area = w.createArea();
    const bad = addNpc(w, area, "BAD");
    setString(w, bad, "npc_tpl_tick_interval_idle_sec", "0");
    setString(w, bad, "npc_tpl_tick_interval_combat_sec", "-4");
    setString(w, bad, "npc_tpl_alert_decay_sec", "0");
    const edge = addNpc(w, area, "EDGE");
    setInt(w, edge, "npc_tick_interval_idle_sec", 1);
    setInt(w, edge, "npc_tick_interval_combat_sec", 1);
    setInt(w, edge, "npc_alert_decay_sec", 1);
    w.start();
    expect([6, 2, 12]).toEqual(["npc_tick_interval_idle_sec", "npc_tick_interval_combat_sec", "npc_alert_decay_sec"].map((k) => int(w, bad, k)));
    expect([1, 1, 1]).toEqual(["npc_tick_interval_idle_sec", "npc_tick_interval_combat_sec", "npc_alert_decay_sec"].map((k) => int(w, edge, k)));
  });

  it("initialises once: a second spawn counts but changes nothing", () => {
    const w = npcWorld();
    const npc = addNpc(w, w.createArea(), "N");
    setString(w, npc, "npc_tpl_tick_interval_idle_sec", "9");
    w.start();
    setString(w, npc, "npc_tpl_tick_interval_idle_sec", "30");
    setInt(w, npc, "npc_state", 3);
    w.spawn(npc);
    expect(int(w, npc, "npc_tick_interval_idle_sec")).toBe(9);
    expect(int(w, npc, "npc_state")).toBe(3);
    expect(int(w, npc, "npc_metric_spawn_count")).toBe(2);
  });

  it("disable guard: counts the spawn, then returns before initialising", () => {
    const w = npcWorld();
    const npc = addNpc(w, w.createArea(), "N");
    setInt(w, npc, "npc_flag_disable_object", 1);
    w.start();
    expect(int(w, npc, "npc_metric_spawn_count")).toBe(1);
    expect(int(w, npc, "npc_behavior_init_done")).toBe(0);
    expect(int(w, npc, "npc_tick_interval_idle_sec")).toBe(0);
    expect(int(w, npc, "npc_state")).toBe(0);
  });
});
