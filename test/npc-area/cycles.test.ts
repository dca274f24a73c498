// Soak and timing on the twin: 100 enter/exit cycles leave no extra state and one loop; module
// load bootstrap; activation latency in simulated time.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeAreaWorld, PAUSED, RUNNING, STOPPED, type AreaWorld } from "./fixture.js";
import { hbCalls, resetHb, setHbClock, stubHeartbeat } from "./hb-stub.js";

vi.mock("../../runtime-ts/core/npc_core.js", () => ({ NpcBehaviorOnHeartbeat: (o: { id: number }) => stubHeartbeat(o) }));

const TICKS = "npc_area_metric_tick_count";

describe("area controller over time", () => {
  let t: AreaWorld;
  beforeEach(() => {
    resetHb();
    t = makeAreaWorld();
    setHbClock(() => t.w.clock.nowMs);
  });

  it("100 enter/exit cycles leave the same locals as one, and exactly one loop", () => {
    const a = t.area("A", { npc_area_idle_stop_after_sec: 30 });
    const lobby = t.area("LOBBY");
    const npcs = Array.from({ length: 12 }, () => t.npc(a));
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, lobby);
    const cycle = (stay: number, away: number): void => {
      t.w.enterArea(p, a);
      t.w.advance(stay);
      t.w.enterArea(p, lobby);
      t.w.advance(away);
    };
    cycle(2.3, 1.7);
    const afterOne = t.localNames(a);
    const npcLocalsAfterOne = npcs.map((n) => t.localNames(n));
    let ticks = t.int(a, TICKS);
    for (let i = 1; i < 100; i++) {
      // Stays and absences of 0.1 s .. 4 s, so enters and exits fall everywhere in an interval.
      cycle(((i * 7) % 40) / 10 + 0.1, ((i * 13) % 40) / 10 + 0.1);
      expect(t.state(a)).toBe(PAUSED);
      // Every second has at most one tick: one loop, never two.
      expect(t.w.scheduler.size).toBeLessThanOrEqual(2); // A's loop + LOBBY's loop
    }
    // nb_area_idle_ticks exists only while a pause has seen a poll: it depends on the last absence.
    const stable = (names: string[]): string[] => names.filter((n) => n !== "int:nb_area_idle_ticks");
    expect(stable(t.localNames(a))).toEqual(stable(afterOne));
    expect(t.localNames(a).length).toBeLessThanOrEqual(afterOne.length);
    expect(npcs.map((n) => t.localNames(n))).toEqual(npcLocalsAfterOne);
    ticks = t.int(a, TICKS) - ticks;
    expect(ticks).toBeGreaterThan(0);
    // One more visit of 10 s: exactly 10 or 11 ticks (one per second), so one loop.
    const before = t.int(a, TICKS);
    t.w.enterArea(p, a);
    t.w.advance(10);
    expect(t.int(a, TICKS) - before).toBeGreaterThanOrEqual(10);
    expect(t.int(a, TICKS) - before).toBeLessThanOrEqual(11);
    // Idle stop clears every lifecycle local; only the metric counters stay.
    t.w.enterArea(p, lobby);
    t.w.advance(40);
    expect(t.state(a)).toBe(STOPPED);
    expect(t.localNames(a).filter((n) => !n.startsWith("int:npc_area_metric_") && n !== "int:npc_area_idle_stop_after_sec")).toEqual([]);
    expect(t.w.scheduler.size).toBe(1); // the lobby's loop only
  });

  it("tick counts prove a single loop across many pause/resume cycles", () => {
    const a = t.area("A");
    const lobby = t.area("LOBBY");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, lobby);
    t.w.enterArea(p, a);
    const start = t.w.now;
    const before = t.int(a, TICKS);
    for (let i = 0; i < 100; i++) {
      t.w.enterArea(p, lobby);
      t.w.advance(0.3);
      t.w.enterArea(p, a);
      t.w.advance(0.7);
    }
    // 100 simulated seconds, each ending RUNNING on the loop's whole second: one tick per second.
    // A second loop started by a resume would add ticks; a loop lost on pause would drop them.
    expect(t.w.now - start).toBeCloseTo(100, 6);
    expect(t.int(a, TICKS) - before).toBe(100);
  });

  it("module load bootstraps always-on areas and areas with a PC, and only those", () => {
    const always = t.area("ALWAYS", { npc_area_always_on: 1 });
    const withPc = t.area("WITHPC");
    const empty = t.area("EMPTY");
    t.npc(always);
    t.npc(withPc);
    t.npc(empty);
    const p = t.pc();
    t.w.clientEnter(p);
    t.w.placeInArea(t.w.get(p), t.w.get(withPc)); // in the area before load, no OnEnter
    t.w.start();
    expect([t.state(always), t.state(withPc), t.state(empty)]).toEqual([RUNNING, RUNNING, STOPPED]);
    t.w.advance(5);
    expect([t.int(always, TICKS), t.int(withPc, TICKS), t.int(empty, TICKS)]).toEqual([6, 6, 0]);
    expect(t.w.scheduler.size).toBe(2);
  });

  it("activation latency: RUNNING at the PC's enter, first NPC heartbeat p95 < 100 ms (simulated)", () => {
    const areas = Array.from({ length: 40 }, (_, i) => t.area(`A${i}`));
    for (const a of areas) t.npc(a);
    t.w.start();
    const latencies: number[] = [];
    for (const a of areas) {
      resetHb();
      const pc = t.pc();
      const enterMs = t.w.clock.nowMs;
      t.w.clientEnter(pc, a);
      expect(t.state(a)).toBe(RUNNING);
      t.w.advance(0.25 + (latencies.length % 7) / 10);
      expect(hbCalls.length).toBeGreaterThan(0);
      latencies.push(hbCalls[0]!.ms - enterMs);
    }
    latencies.sort((x, y) => x - y);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    expect(p95).toBeLessThan(100);
  });
});
