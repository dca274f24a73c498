// Objects, iterators, tags, positions, destruction, determinism.
import { describe, expect, it } from "vitest";
import { NwLocation, World } from "../../tools/twin/engine/index.js";
import { OBJECT_INVALID, type NwObject, type NwVector } from "../../tools/twin/values.js";
import { act, call } from "./helpers.js";

const OBJECT_TYPE_CREATURE = 1;
const OBJECT_TYPE_PLACEABLE = 64;
const OBJECT_TYPE_ALL = 32767;

function town() {
  const w = new World({ seed: 5 });
  const a = w.createArea({ tag: "A", name: "Town" });
  const b = w.createArea({ tag: "B", name: "Woods" });
  const guard = w.createCreature({ tag: "GUARD", name: "Guard", area: a, position: { x: 0, y: 0, z: 0 } });
  const chest = w.createObject("placeable", { tag: "CHEST", area: a, position: { x: 3, y: 4, z: 0 } });
  const guard2 = w.createCreature({ tag: "GUARD", name: "Guard Two", area: b });
  const pc = w.createCreature({ tag: "PC1", name: "Hero", isPC: true, area: a, position: { x: 6, y: 8, z: 0 } });
  return { w, a, b, guard, chest, guard2, pc };
}

function listInArea(w: World, area: NwObject, filter = OBJECT_TYPE_ALL): number[] {
  const ids: number[] = [];
  for (let o = call(w, "GetFirstObjectInArea", area, filter) as NwObject; o.valid; o = call(w, "GetNextObjectInArea", area, filter) as NwObject) {
    ids.push(o.id);
  }
  return ids;
}

describe("objects", () => {
  it("tags, names, types, areas", () => {
    const { w, a, guard, chest, pc } = town();
    expect(call(w, "GetTag", guard)).toBe("GUARD");
    expect(call(w, "GetName", guard, 0)).toBe("Guard");
    call(w, "SetName", guard, "Captain");
    expect(call(w, "GetName", guard, 0)).toBe("Captain");
    expect(call(w, "GetName", guard, 1)).toBe("Guard");
    expect(call(w, "GetObjectType", guard)).toBe(OBJECT_TYPE_CREATURE);
    expect(call(w, "GetObjectType", chest)).toBe(OBJECT_TYPE_PLACEABLE);
    expect(call(w, "GetObjectType", a)).toBe(0);
    expect((call(w, "GetArea", guard) as NwObject).id).toBe(a.id);
    expect((call(w, "GetArea", a) as NwObject).id).toBe(a.id);
    expect(call(w, "GetArea", w.module.handle)).toBe(OBJECT_INVALID);
    expect(call(w, "GetIsPC", pc)).toBe(1);
    expect(call(w, "GetIsPC", guard)).toBe(0);
    expect(call(w, "GetIsObjectValid", OBJECT_INVALID)).toBe(0);
    expect(call(w, "ObjectToString", guard)).toBe(guard.id.toString(16));
  });

  it("GetObjectByTag counts from 0 in creation order; empty tags find nothing", () => {
    const { w, guard, guard2 } = town();
    expect((call(w, "GetObjectByTag", "GUARD", 0) as NwObject).id).toBe(guard.id);
    expect((call(w, "GetObjectByTag", "GUARD", 1) as NwObject).id).toBe(guard2.id);
    expect(call(w, "GetObjectByTag", "GUARD", 2)).toBe(OBJECT_INVALID);
    expect(call(w, "GetObjectByTag", "guard", 0)).toBe(OBJECT_INVALID);
    expect(call(w, "GetObjectByTag", "", 0)).toBe(OBJECT_INVALID);
    expect((call(w, "GetObjectByTag", "A", 0) as NwObject).id).not.toBe(0x7f000000);
  });

  it("GetFirst/NextObjectInArea: entry order, filter, one cursor per area", () => {
    const { w, a, b, guard, chest, pc, guard2 } = town();
    expect(listInArea(w, a)).toEqual([guard.id, chest.id, pc.id]);
    expect(listInArea(w, a, OBJECT_TYPE_CREATURE)).toEqual([guard.id, pc.id]);
    // Nested loops over the same area share its cursor, as in the game.
    const first = call(w, "GetFirstObjectInArea", a, OBJECT_TYPE_ALL) as NwObject;
    expect(first.id).toBe(guard.id);
    call(w, "GetFirstObjectInArea", a, OBJECT_TYPE_ALL);
    call(w, "GetNextObjectInArea", a, OBJECT_TYPE_ALL);
    expect((call(w, "GetNextObjectInArea", a, OBJECT_TYPE_ALL) as NwObject).id).toBe(pc.id);
    // A loop over another area does not disturb it.
    expect(listInArea(w, b)).toEqual([guard2.id]);
    // The caller's area when the area argument is invalid.
    w.runScript(guard, () => expect(listInArea(w, OBJECT_INVALID, OBJECT_TYPE_PLACEABLE)).toEqual([chest.id]));
  });

  it("GetFirst/NextArea and GetFirst/NextPC", () => {
    const { w, a, b, pc } = town();
    const pc2 = w.createCreature({ tag: "PC2", isPC: true });
    expect([call(w, "GetFirstArea"), call(w, "GetNextArea"), call(w, "GetNextArea")].map((o) => (o as NwObject).id)).toEqual([a.id, b.id, 0x7f000000]);
    expect([call(w, "GetFirstPC"), call(w, "GetNextPC"), call(w, "GetNextPC")].map((o) => (o as NwObject).id)).toEqual([pc.id, pc2.id, 0x7f000000]);
  });

  it("positions, distances and locations", () => {
    const { w, a, guard, chest, pc, guard2 } = town();
    expect(call(w, "GetDistanceBetween", guard, chest)).toBe(5);
    expect(call(w, "GetDistanceBetween", guard, pc)).toBe(10);
    expect(call(w, "GetDistanceBetween", guard, guard2)).toBe(0);
    expect(call(w, "GetDistanceBetween", guard, OBJECT_INVALID)).toBe(0);
    expect(call(w, "GetDistanceToObject", guard2, guard)).toBe(-1);
    const l = call(w, "GetLocation", chest) as NwLocation;
    expect((call(w, "GetAreaFromLocation", l) as NwObject).id).toBe(a.id);
    expect(call(w, "GetPositionFromLocation", l)).toEqual({ x: 3, y: 4, z: 0 });
    const made = call(w, "Location", a, { x: 1, y: 2, z: 3 }, Math.fround(90)) as NwLocation;
    expect(call(w, "GetFacingFromLocation", made)).toBe(90);
    expect((call(w, "GetPosition", pc) as NwVector).y).toBe(8);
    expect((call(w, "GetNearestObjectByTag", "CHEST", guard, 1) as NwObject).id).toBe(chest.id);
    expect(call(w, "GetAreaFromLocation", call(w, "GetLocation", OBJECT_INVALID))).toBe(OBJECT_INVALID);
  });

  it("GetNearestCreature: the nearest PC (or non-PC) of the target's area; other criteria are not modeled", () => {
    const { w, a, guard, guard2, pc } = town();
    const far = w.createCreature({ tag: "PC2", isPC: true, area: a, position: { x: 30, y: 0, z: 0 } });
    const PLAYER_CHAR = 1;
    const nearest = (target: NwObject, isPC: number, nth = 1) => call(w, "GetNearestCreature", PLAYER_CHAR, isPC, target, nth, -1, -1, -1, -1) as NwObject;
    expect(nearest(guard, 1).id).toBe(pc.id);
    expect(nearest(guard, 1, 2).id).toBe(far.id);
    expect(nearest(guard, 1, 3)).toBe(OBJECT_INVALID);
    expect(nearest(pc, 0).id).toBe(guard.id);
    expect(nearest(guard2, 1)).toBe(OBJECT_INVALID); // no PC in the woods
    expect(() => call(w, "GetNearestCreature", 2, 1, guard, 1, -1, -1, -1, -1)).toThrow(/does not model GetNearestCreature/);
  });

  it("locals of every type on the module, areas and creatures; invalid objects read empty", () => {
    const { w, a, guard } = town();
    for (const o of [w.module.handle, a, guard]) {
      call(w, "SetLocalInt", o, "x", 7);
      call(w, "SetLocalFloat", o, "x", Math.fround(2.5));
      call(w, "SetLocalString", o, "x", "seven");
      call(w, "SetLocalObject", o, "x", guard);
      call(w, "SetLocalLocation", o, "x", call(w, "GetLocation", guard)!);
      expect([call(w, "GetLocalInt", o, "x"), call(w, "GetLocalFloat", o, "x"), call(w, "GetLocalString", o, "x")]).toEqual([7, 2.5, "seven"]);
      expect((call(w, "GetLocalObject", o, "x") as NwObject).id).toBe(guard.id);
      expect((call(w, "GetLocalLocation", o, "x") as NwLocation).area.id).toBe(a.id);
      for (const t of ["Int", "Float", "String", "Object", "Location"]) call(w, `DeleteLocal${t}`, o, "x");
      expect([call(w, "GetLocalInt", o, "x"), call(w, "GetLocalFloat", o, "x"), call(w, "GetLocalString", o, "x"), call(w, "GetLocalObject", o, "x")]).toEqual([
        0,
        0,
        "",
        OBJECT_INVALID,
      ]);
    }
    call(w, "SetLocalInt", OBJECT_INVALID, "x", 1);
    expect(call(w, "GetLocalInt", OBJECT_INVALID, "x")).toBe(0);
  });
});

describe("DestroyObject", () => {
  it("the object stays valid until the script ends, then its commands are dropped", () => {
    const { w, a, guard, chest } = town();
    w.runScript(guard, () => {
      call(w, "DelayCommand", Math.fround(1), act(() => call(w, "PrintString", "guard's delayed command")));
      call(w, "AssignCommand", chest, act(() => call(w, "PrintString", "chest still here")));
      call(w, "DestroyObject", guard, 0);
      expect(call(w, "GetIsObjectValid", guard)).toBe(1);
    });
    w.runUntilIdle();
    expect(call(w, "GetIsObjectValid", guard)).toBe(0);
    expect(w.printed).toEqual(["chest still here"]);
    expect(listInArea(w, a)).not.toContain(guard.id);
    // Commands for a destroyed object are not even queued.
    call(w, "AssignCommand", guard, act(() => call(w, "PrintString", "never")));
    w.runUntilIdle();
    expect(w.printed).toEqual(["chest still here"]);
  });

  it("a delayed DestroyObject waits for its delay; the module and areas cannot be destroyed", () => {
    const { w, a, chest } = town();
    w.runScript(w.module.handle, () => {
      call(w, "DestroyObject", chest, Math.fround(5));
      call(w, "DestroyObject", a, 0);
      call(w, "DestroyObject", w.module.handle, 0);
    });
    w.advance(4);
    expect(call(w, "GetIsObjectValid", chest)).toBe(1);
    w.advance(1);
    expect(call(w, "GetIsObjectValid", chest)).toBe(0);
    expect(call(w, "GetIsObjectValid", a)).toBe(1);
    expect(call(w, "GetIsObjectValid", w.module.handle)).toBe(1);
  });
});

describe("determinism", () => {
  const sample = (seed: number) => {
    const w = new World({ seed });
    const c = w.createCreature({ tag: "C" });
    const a = w.createArea({ tag: "A" });
    return {
      rolls: Array.from({ length: 20 }, (_, i) => call(w, i % 2 ? "Random" : "d20", i % 2 ? 1000 : 1)),
      dice: call(w, "d6", 3),
      uuids: [call(w, "GetObjectUUID", c), call(w, "GetObjectUUID", a)],
      random: call(w, "GetRandomUUID"),
    };
  };

  it("the same seed gives the same rolls and UUIDs; another seed differs", () => {
    expect(sample(42)).toEqual(sample(42));
    expect(sample(42).rolls).not.toEqual(sample(43).rolls);
    expect(sample(42).uuids).not.toEqual(sample(43).uuids);
  });

  it("ranges, UUID shape, order-independent object UUIDs", () => {
    const w = new World({ seed: 9 });
    for (let i = 0; i < 500; i++) {
      const r = call(w, "Random", 7) as number;
      expect(r >= 0 && r < 7).toBe(true);
      const d = call(w, "d4", 2) as number;
      expect(d >= 2 && d <= 8).toBe(true);
    }
    expect(call(w, "Random", 0)).toBe(0);
    const c = w.createCreature();
    const uuid = call(w, "GetObjectUUID", c) as string;
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call(w, "GetObjectUUID", c)).toBe(uuid);
    expect(call(w, "GetObjectUUID", w.module.handle)).toBe("");
    call(w, "Random", 10);
    expect(call(w, "GetObjectUUID", c)).toBe(uuid);
  });
});
