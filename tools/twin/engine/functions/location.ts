// Positions, facings, locations and distances. Distances are 3D and computed in float32; objects
// in different areas are 0.0 apart for GetDistanceBetween (-1.0 for GetDistanceToObject).
import { OBJECT_INVALID, type NwObject, type NwVector } from "../../values.js";
import { NwLocation } from "../location.js";
import { EngineCaseNotModeled } from "../not-modeled.js";
import { float32 } from "../numbers.js";
import type { GameObject } from "../objects.js";
import { magnitude } from "./math.js";
import { float, obj, vec, type FunctionGroup } from "./types.js";

const copy = (v: NwVector): NwVector => ({ x: v.x, y: v.y, z: v.z });
const loc = (v: unknown): NwLocation => v as NwLocation;

function distance(a: NwVector, b: NwVector): number {
  return magnitude({ x: float32(a.x - b.x), y: float32(a.y - b.y), z: float32(a.z - b.z) });
}

/**
 * The nth nearest live object of `from`'s area (not `from`) that `matches`; ties go to the one
 * earlier in the area. nth = 1, the usual call, is one pass without sorting.
 */
function nearest(from: GameObject | undefined, matches: (o: GameObject) => boolean, nth: number): NwObject {
  if (!from?.area) return OBJECT_INVALID;
  const candidates = from.area.contents.filter((o) => o !== from && !o.destroyed && matches(o));
  if (nth === 1) {
    let best: GameObject | undefined;
    let bestD = Infinity;
    for (const o of candidates) {
      const d = distance(from.position, o.position);
      if (d < bestD) [best, bestD] = [o, d];
    }
    return best?.handle ?? OBJECT_INVALID;
  }
  const found = candidates.map((o, order) => ({ o, d: distance(from.position, o.position), order })).sort((x, y) => x.d - y.d || x.order - y.order);
  return found[nth - 1]?.o.handle ?? OBJECT_INVALID;
}

/** Distance between two objects in the same area, or undefined. */
function objectDistance(a: GameObject | undefined, b: GameObject | undefined): number | undefined {
  if (!a || !b || !a.area || a.area !== b.area) return undefined;
  return distance(a.position, b.position);
}

export const locationFunctions: FunctionGroup = {
  GetPosition: (w, [o]) => copy(w.lookup(obj(o))?.position ?? { x: 0, y: 0, z: 0 }),
  GetFacing: (w, [o]) => w.lookup(obj(o))?.facing ?? 0,
  GetLocation: (w, [o]) => {
    const t = w.lookup(obj(o));
    if (!t?.area) return NwLocation.INVALID;
    return new NwLocation(t.area.handle, copy(t.position), t.facing);
  },
  Location: (_w, [a, p, facing]) => new NwLocation(obj(a), copy(vec(p)), float(facing)),
  GetAreaFromLocation: (w, [l]) => {
    const a = w.lookup(loc(l).area);
    return a?.kind === "area" ? a.handle : OBJECT_INVALID;
  },
  GetPositionFromLocation: (_w, [l]) => copy(loc(l).position),
  GetFacingFromLocation: (_w, [l]) => loc(l).facing,
  GetDistanceBetween: (w, [a, b]) => objectDistance(w.lookup(obj(a)), w.lookup(obj(b))) ?? 0,
  GetDistanceToObject: (w, [o, from]) => objectDistance(w.lookup(obj(o)), w.lookup(obj(from))) ?? -1,
  GetDistanceBetweenLocations: (w, [a, b]) => {
    const la = loc(a);
    const lb = loc(b);
    if (!w.isLive(la.area) || la.area.id !== lb.area.id) return -1;
    return distance(la.position, lb.position);
  },
  GetNearestObjectByTag: (w, [tag, target, nth]) => nearest(w.lookup(obj(target)), (o) => o.tag === (tag as string), nth as number),
  // Only the PC criterion (CREATURE_TYPE_PLAYER_CHAR, PLAYER_CHAR_IS_PC / _NOT_PC) alone is modeled.
  GetNearestCreature: (w, [type, value, target, nth, type2, , type3]) => {
    if (type !== CREATURE_TYPE_PLAYER_CHAR || type2 !== -1 || type3 !== -1) {
      throw new EngineCaseNotModeled("GetNearestCreature", "with criteria other than CREATURE_TYPE_PLAYER_CHAR alone");
    }
    const wantPC = value !== 0;
    return nearest(w.lookup(obj(target)), (o) => o.kind === "creature" && o.isPC === wantPC, nth as number);
  },
};

/** nwscript.nss: CREATURE_TYPE_PLAYER_CHAR. */
const CREATURE_TYPE_PLAYER_CHAR = 1;
