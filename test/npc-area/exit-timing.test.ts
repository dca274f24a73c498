// Area OnExit under both list-update timings the seed names: the leaving creature still counted
// (the engine's order, the twin's enterArea) or already dropped from the area's lists. The area
// pauses exactly when no PC remains after the exit.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EVENT } from "../../tools/twin/engine/index.js";
import type { NwObject } from "../../tools/twin/values.js";
import { makeAreaWorld, PAUSED, RUNNING, type AreaWorld } from "./fixture.js";
import { resetHb, stubHeartbeat } from "./hb-stub.js";

vi.mock("../../runtime-ts/core/npc_core.js", () => ({ NpcBehaviorOnHeartbeat: (o: { id: number }) => stubHeartbeat(o) }));

describe("OnExit counting under both list-update timings", () => {
  let t: AreaWorld;
  let a: NwObject;
  let b: NwObject;
  beforeEach(() => {
    resetHb();
    t = makeAreaWorld();
    a = t.area("A");
    b = t.area("B");
    t.w.start();
  });
  /** `c` leaves A for B with A's OnExit run after the engine already dropped it from A's lists. */
  const leaveDropped = (c: NwObject): void => {
    const o = t.w.get(c);
    t.w.removeFromArea(o);
    t.w.fireEvent(a, EVENT.AREA_ON_EXIT, { exiting: c });
    t.w.placeInArea(o, t.w.get(b));
    t.w.fireEvent(b, EVENT.AREA_ON_ENTER, { entering: c });
  };

  it("a dropped PC leaving while another PC stays keeps the area RUNNING (the fix)", () => {
    const p1 = t.pc();
    const p2 = t.pc();
    t.w.clientEnter(p1, a);
    t.w.clientEnter(p2, a);
    leaveDropped(p1);
    // The seed's literal "GetIsPC && nPlayers <= 1" would pause here: nPlayers is 1 (p2).
    expect(t.state(a)).toBe(RUNNING);
    leaveDropped(p2);
    expect(t.state(a)).toBe(PAUSED);
  });

  it("the last PC pauses the area in either timing", () => {
    const p = t.pc();
    t.w.clientEnter(p, a);
    leaveDropped(p);
    expect(t.state(a)).toBe(PAUSED);
    t.w.enterArea(p, a);
    expect(t.state(a)).toBe(RUNNING);
    t.w.enterArea(p, b); // the engine's timing: still counted during OnExit
    expect(t.state(a)).toBe(PAUSED);
  });

  it("a counted PC leaving while another stays keeps it RUNNING; an NPC leaving never pauses a PC's area", () => {
    const p1 = t.pc();
    const p2 = t.pc();
    const n = t.npc(a);
    t.w.clientEnter(p1, a);
    t.w.clientEnter(p2, a);
    t.w.enterArea(p1, b);
    expect(t.state(a)).toBe(RUNNING);
    leaveDropped(n);
    expect(t.state(a)).toBe(RUNNING);
    t.w.clientLeave(p2);
    expect(t.state(a)).toBe(PAUSED);
  });
});
