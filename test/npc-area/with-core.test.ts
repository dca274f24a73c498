// The area controller with the real NPC core (no stand-in): spawned NPCs get their heartbeats
// from the area loop once a PC enters, through the committed hook scripts.
import { describe, expect, it } from "vitest";
import { EVENT } from "../../tools/twin/engine/index.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import { main as spawnMain } from "../../runtime-ts/hooks/npc_spawn.js";
import { makeAreaWorld, PAUSED, RUNNING } from "./fixture.js";

describe("area controller with the NPC core", () => {
  it("drives NpcBehaviorOnHeartbeat of spawned NPCs while a PC is in the area", () => {
    const t = makeAreaWorld(11);
    registerSubsetScripts(t.w, { npc_spawn: spawnMain });
    const a = t.area("A");
    const npcs = Array.from({ length: 10 }, () =>
      t.w.createCreature({ tag: "NPC", area: a, scripts: { [EVENT.CREATURE_ON_SPAWN_IN]: "npc_spawn" } }),
    );
    t.w.start();
    for (const n of npcs) expect(t.int(n, "npc_behavior_init_done")).toBe(1);
    t.w.advance(30);
    for (const n of npcs) expect(t.int(n, "npc_metric_heartbeat_count")).toBe(0);
    const p = t.pc();
    t.w.clientEnter(p, a);
    expect(t.state(a)).toBe(RUNNING);
    t.w.advance(30);
    const calls = npcs.map((n) => t.int(n, "npc_metric_heartbeat_count"));
    const ran = npcs.map((n) => t.int(n, "npc_metric_heartbeat_count") - t.int(n, "npc_metric_heartbeat_skipped_count"));
    for (const c of calls) expect(c).toBeGreaterThan(0);
    const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
    // Area metrics agree with the NPCs' own counters: processed = ran, processed + skipped = calls.
    expect(t.int(a, "npc_area_metric_processed_count")).toBe(sum(ran));
    expect(t.int(a, "npc_area_metric_processed_count") + t.int(a, "npc_area_metric_skipped_count")).toBe(sum(calls));
    t.w.clientLeave(p);
    expect(t.state(a)).toBe(PAUSED);
    const frozen = npcs.map((n) => t.int(n, "npc_metric_heartbeat_count"));
    t.w.advance(30);
    expect(npcs.map((n) => t.int(n, "npc_metric_heartbeat_count"))).toEqual(frozen);
    expect(t.w.scriptFailures).toEqual([]);
  });
});
