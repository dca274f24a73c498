// The bounded area queue: overflow defer, CRITICAL eviction LOW → NORMAL → HIGH, reserve, degraded mode.
import { describe, expect, it } from "vitest";
import { NpcBehaviorAreaTryQueueEvent, NpcBehaviorOnHeartbeat } from "../../runtime-ts/core/npc_behavior.js";
import { FACTION_COMMONER } from "../../tools/twin/engine/factions.js";
import type { World } from "../../tools/twin/engine/index.js";
import { addNpc, int, npcWorld, type Obj } from "./harness.js";

const LOW = 1, NORMAL = 2, HIGH = 3, CRITICAL = 4;

function setup(n: number) {
  const w = npcWorld();
  const area = w.createArea({ tag: "Q" });
  const npcs: Obj[] = [];
  for (let i = 0; i < n; i++) npcs.push(addNpc(w, area, `N${i}`, FACTION_COMMONER));
  w.start();
  const queue = (owner: Obj, prio: number, kind = 1): number => {
    let ok = -1;
    w.runScript(owner, () => {
      ok = NpcBehaviorAreaTryQueueEvent(area as object, owner as object, kind, prio) as unknown as number;
    });
    return ok;
  };
  return { w, area, npcs, queue };
}

const buckets = (w: World, area: Obj) => ({
  critical: int(w, area, "npc_area_queue_critical"),
  high: int(w, area, "npc_area_queue_high"),
  normal: int(w, area, "npc_area_queue_normal"),
  low: int(w, area, "npc_area_queue_low"),
  depth: int(w, area, "npc_area_queue_depth"),
});

describe("area queue", () => {
  it("defers a non-critical event on overflow and counts the overflow", () => {
    const { w, area, npcs, queue } = setup(17);
    for (let i = 0; i < 16; i++) expect(queue(npcs[i]!, NORMAL)).toBe(1);
    expect(queue(npcs[16]!, HIGH)).toBe(0);
    expect(buckets(w, area)).toEqual({ critical: 0, high: 0, normal: 16, low: 0, depth: 16 });
    expect(int(w, npcs[16]!, "npc_pending_total")).toBe(0);
    expect(int(w, area, "npc_area_metric_queue_overflow_count")).toBe(1);
  });

  it("CRITICAL evicts LOW, then NORMAL, then HIGH, updating the victim owner's pending", () => {
    const { w, area, npcs, queue } = setup(17);
    const prios = [HIGH, NORMAL, LOW, LOW, NORMAL, HIGH, LOW, NORMAL, HIGH, LOW, NORMAL, HIGH, LOW, NORMAL, HIGH, LOW];
    prios.forEach((p, i) => queue(npcs[i]!, p));
    const crit = npcs[16]!;
    const lowOwners = npcs.filter((_, i) => prios[i] === LOW);
    for (let k = 1; k <= 6; k++) {
      expect(queue(crit, CRITICAL)).toBe(1);
      expect(buckets(w, area)).toEqual({ critical: k, high: 5, normal: 5, low: 6 - k, depth: 16 });
    }
    // The first LOW owner (slot order) lost its entry first.
    for (const o of lowOwners) expect(int(w, o, "npc_pending_total")).toBe(0);
    expect(queue(crit, CRITICAL)).toBe(1);
    expect(buckets(w, area)).toEqual({ critical: 7, high: 5, normal: 4, low: 0, depth: 16 });
    for (let k = 0; k < 4; k++) queue(crit, CRITICAL);
    expect(buckets(w, area)).toEqual({ critical: 11, high: 5, normal: 0, low: 0, depth: 16 });
    queue(crit, CRITICAL);
    expect(buckets(w, area)).toEqual({ critical: 12, high: 4, normal: 0, low: 0, depth: 16 });
    expect(int(w, crit, "npc_pending_total")).toBe(12);
    expect(int(w, crit, "npc_pending_priority")).toBe(CRITICAL);
  });

  it("eviction is owner-aware: the CRITICAL owner's own lower entry goes first", () => {
    const { w, area, npcs, queue } = setup(16);
    for (let i = 0; i < 15; i++) queue(npcs[i]!, LOW);
    const me = npcs[15]!;
    queue(me, LOW);
    expect(queue(me, CRITICAL)).toBe(1);
    expect(int(w, me, "npc_pending_total")).toBe(1);
    expect(int(w, me, "npc_pending_priority")).toBe(CRITICAL);
    for (let i = 0; i < 15; i++) expect(int(w, npcs[i]!, "npc_pending_total")).toBe(1);
    expect(buckets(w, area)).toEqual({ critical: 1, high: 0, normal: 0, low: 15, depth: 16 });
  });

  it("CRITICAL uses the reserve above nominal capacity only when nothing is evictable, up to capacity + reserve", () => {
    const { w, area, npcs, queue } = setup(21);
    for (let i = 0; i < 16; i++) queue(npcs[i]!, CRITICAL);
    for (let i = 16; i < 20; i++) expect(queue(npcs[i]!, CRITICAL)).toBe(1);
    expect(buckets(w, area)).toEqual({ critical: 20, high: 0, normal: 0, low: 0, depth: 20 });
    expect(queue(npcs[20]!, CRITICAL)).toBe(0);
    expect(int(w, npcs[20]!, "npc_pending_total")).toBe(0);
    expect(int(w, area, "npc_area_metric_queue_overflow_count")).toBe(5);
  });

  it("reclaims the entries of a destroyed owner before overflowing", () => {
    const { w, area, npcs, queue } = setup(17);
    for (let i = 0; i < 16; i++) queue(npcs[i]!, LOW);
    w.destroy(npcs[3]!);
    w.advance(0);
    expect(w.isLive(npcs[3]!)).toBe(false);
    expect(queue(npcs[16]!, NORMAL)).toBe(1);
    expect(buckets(w, area)).toEqual({ critical: 0, high: 0, normal: 1, low: 15, depth: 16 });
    expect(int(w, area, "npc_area_metric_queue_overflow_count")).toBe(0);
  });

  it("degraded mode: on at the high watermark, skips idle heartbeats, off at the low watermark", () => {
    const { w, area, npcs, queue } = setup(14);
    for (let i = 0; i < 11; i++) queue(npcs[i]!, NORMAL);
    expect(int(w, area, "npc_area_degraded_mode")).toBe(0);
    queue(npcs[11]!, NORMAL);
    expect(int(w, area, "npc_area_degraded_mode")).toBe(1);
    const hb = (o: Obj): number => {
      let r = -1;
      w.runScript(o, () => {
        r = NpcBehaviorOnHeartbeat(o as object) as unknown as number;
      });
      return r;
    };
    expect(hb(npcs[13]!)).toBe(0); // idle, nothing pending: skipped while degraded
    expect(int(w, npcs[13]!, "npc_metric_heartbeat_skipped_count")).toBe(1);
    for (let i = 0; i < 5; i++) expect(hb(npcs[i]!)).toBe(1); // pending work still runs
    expect(int(w, area, "npc_area_queue_depth")).toBe(7);
    expect(int(w, area, "npc_area_degraded_mode")).toBe(1);
    expect(hb(npcs[5]!)).toBe(1);
    expect(int(w, area, "npc_area_degraded_mode")).toBe(0);
    expect(hb(npcs[13]!)).toBe(1);
  });
});
