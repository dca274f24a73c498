// Area controller lifecycle on the twin, driven by world events through the registered hooks:
// auto-start, pause on the last PC's exit (both counting cases), resume, idle stop, one loop.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeAreaWorld, PAUSED, RUNNING, STOPPED, type AreaWorld } from "./fixture.js";
import { hbCalls, resetHb, setHbClock, stubHeartbeat } from "./hb-stub.js";
import {
  NpcBehaviorAreaActivate,
  NpcBehaviorAreaDeactivate,
  NpcBehaviorAreaOnExit,
  NpcBehaviorAreaPause,
} from "../../runtime-ts/core/npc_area.js";

vi.mock("../../runtime-ts/core/npc_core.js", () => ({ NpcBehaviorOnHeartbeat: (o: { id: number }) => stubHeartbeat(o) }));

const TICKS = "npc_area_metric_tick_count";

describe("area controller lifecycle", () => {
  let t: AreaWorld;
  beforeEach(() => {
    resetHb();
    t = makeAreaWorld();
    setHbClock(() => t.w.clock.nowMs);
  });

  it("starts when a PC enters, runs its first tick right away, then one per second", () => {
    const a = t.area("A");
    t.npc(a);
    t.w.start();
    expect(t.state(a)).toBe(STOPPED);
    t.w.clientEnter(t.pc(), a);
    expect(t.state(a)).toBe(RUNNING);
    expect(t.int(a, "nb_area_active")).toBe(1);
    expect(t.int(a, "nb_area_timer_running")).toBe(1);
    t.w.advance(0);
    expect(t.int(a, TICKS)).toBe(1);
    t.w.advance(5);
    expect(t.int(a, TICKS)).toBe(6);
    expect(hbCalls.length).toBe(6);
  });

  it("does not start for an NPC entering an area without PCs", () => {
    const a = t.area("A");
    const b = t.area("B");
    const n = t.npc(b);
    t.w.start();
    t.w.enterArea(n, a);
    t.w.advance(10);
    expect(t.state(a)).toBe(STOPPED);
    expect(t.int(a, TICKS)).toBe(0);
    expect(t.w.scheduler.size).toBe(0);
  });

  it("starts an always-on area at module load, and an NPC entering it keeps one loop", () => {
    const a = t.area("A", { npc_area_always_on: 1 });
    const quiet = t.area("Q");
    const n = t.npc(quiet);
    t.w.start();
    expect(t.state(a)).toBe(RUNNING);
    expect(t.state(quiet)).toBe(STOPPED);
    t.w.enterArea(n, a);
    t.w.advance(3);
    expect(t.int(a, TICKS)).toBe(4);
    expect(t.w.scheduler.size).toBe(1);
  });

  it("keeps exactly one loop however often the area is activated", () => {
    const a = t.area("A");
    t.w.start();
    const p1 = t.pc();
    const p2 = t.pc();
    t.w.clientEnter(p1, a);
    t.w.clientEnter(p2, a);
    for (let i = 0; i < 5; i++) t.w.runScript(a, () => NpcBehaviorAreaActivate(a));
    t.w.advance(0.5);
    for (let i = 0; i < 5; i++) t.w.runScript(a, () => NpcBehaviorAreaActivate(a));
    t.w.advance(20);
    // Ticks at 0, 1, …, 20: one per simulated second, never two.
    expect(t.int(a, TICKS)).toBe(21);
    expect(t.w.scheduler.size).toBe(1);
  });

  it("a stop and a restart within one interval reuse the running loop", () => {
    const a = t.area("A");
    t.w.start();
    t.w.clientEnter(t.pc(), a);
    t.w.advance(0.2);
    t.w.runScript(a, () => NpcBehaviorAreaDeactivate(a));
    t.w.runScript(a, () => NpcBehaviorAreaActivate(a));
    t.w.advance(10);
    expect(t.int(a, TICKS)).toBe(11);
    expect(t.w.scheduler.size).toBe(1);
  });

  it("pauses when the last PC logs out (the PC is still counted during OnExit)", () => {
    const a = t.area("A");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.advance(2);
    t.w.clientLeave(p);
    expect(t.state(a)).toBe(PAUSED);
    expect(t.int(a, "nb_area_active")).toBe(0);
    const ticks = t.int(a, TICKS);
    t.w.advance(10);
    expect(t.int(a, TICKS)).toBe(ticks); // PAUSED polls without dispatching
    expect(t.w.scheduler.size).toBe(1);
  });

  it("pauses when the last PC walks to another area, which starts in turn", () => {
    const a = t.area("A");
    const b = t.area("B");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.enterArea(p, b);
    expect(t.state(a)).toBe(PAUSED);
    expect(t.state(b)).toBe(RUNNING);
  });

  it("pauses for a leaving PC already removed from the lists (count 0)", () => {
    const a = t.area("A");
    const b = t.area("B");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.enterArea(p, b);
    t.w.runScript(a, () => NpcBehaviorAreaActivate(a));
    expect(t.state(a)).toBe(RUNNING);
    // The exit handler run after the engine already moved the PC out: 0 <= 1 still pauses.
    t.w.runScript(a, () => NpcBehaviorAreaOnExit(a, p));
    expect(t.state(a)).toBe(PAUSED);
  });

  it("keeps running while another PC remains", () => {
    const a = t.area("A");
    t.w.start();
    const p1 = t.pc();
    const p2 = t.pc();
    t.w.clientEnter(p1, a);
    t.w.clientEnter(p2, a);
    t.w.clientLeave(p1);
    expect(t.state(a)).toBe(RUNNING);
    t.w.clientLeave(p2);
    expect(t.state(a)).toBe(PAUSED);
  });

  it("pauses a running area without PCs when an NPC leaves (count 0), not while a PC is there", () => {
    const a = t.area("A");
    const b = t.area("B");
    const n1 = t.npc(a);
    const n2 = t.npc(a);
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.enterArea(n1, b);
    expect(t.state(a)).toBe(RUNNING);
    t.w.enterArea(p, b);
    t.w.runScript(a, () => NpcBehaviorAreaActivate(a)); // running with nobody (e.g. a script)
    t.w.enterArea(n2, b);
    expect(t.state(a)).toBe(PAUSED);
  });

  it("an always-on area keeps running when its last PC leaves", () => {
    const a = t.area("A", { npc_area_always_on: 1 });
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.clientLeave(p);
    expect(t.state(a)).toBe(RUNNING);
  });

  it("resumes on re-enter with the same loop", () => {
    const a = t.area("A");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.advance(3);
    const b = t.area("B");
    t.w.enterArea(p, b);
    t.w.advance(30);
    expect(t.state(a)).toBe(PAUSED);
    t.w.enterArea(p, a);
    expect(t.state(a)).toBe(RUNNING);
    const before = t.int(a, TICKS);
    t.w.advance(10);
    expect(t.int(a, TICKS) - before).toBe(10);
    expect(t.w.scheduler.size).toBe(2); // one loop for A, one for B (paused)
  });

  it("resumes from PAUSED by polling when the area becomes always-on", () => {
    const a = t.area("A");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.clientLeave(p);
    t.w.call("SetLocalInt", a, "npc_area_always_on", 1);
    t.w.advance(1);
    expect(t.state(a)).toBe(RUNNING);
  });

  it("stops after the default idle window of 180 s, and the loop ends", () => {
    const a = t.area("A");
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.advance(0.5);
    t.w.clientLeave(p);
    t.w.advance(180);
    expect(t.state(a)).toBe(PAUSED);
    t.w.advance(1);
    expect(t.state(a)).toBe(STOPPED);
    expect(t.int(a, "nb_area_timer_running")).toBe(0);
    expect(t.w.scheduler.size).toBe(0);
  });

  it("stops after the area's own npc_area_idle_stop_after_sec", () => {
    const a = t.area("A", { npc_area_idle_stop_after_sec: 5 });
    t.w.start();
    const p = t.pc();
    t.w.clientEnter(p, a);
    t.w.clientLeave(p);
    // Paused at 0 s: never stopped before the 5 s window, at most one interval after it.
    t.w.advance(4.99);
    expect(t.state(a)).toBe(PAUSED);
    t.w.advance(1.01);
    expect(t.state(a)).toBe(STOPPED);
    // A later PC starts a fresh loop.
    t.w.clientEnter(t.pc(), a);
    expect(t.state(a)).toBe(RUNNING);
    t.w.advance(0);
    expect(t.w.scheduler.size).toBe(1);
  });

  it("Pause only acts on a running area", () => {
    const a = t.area("A");
    t.w.start();
    t.w.runScript(a, () => NpcBehaviorAreaPause(a));
    expect(t.state(a)).toBe(STOPPED);
    expect(t.w.scheduler.size).toBe(0);
  });
});
