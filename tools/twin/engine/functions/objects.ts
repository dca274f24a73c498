// Objects: identity, tags and names, areas and their object lists, PCs, hit points, destruction.
import { NwObject, OBJECT_INVALID, type NwValue } from "../../values.js";
import { bool } from "../numbers.js";
import type { GameObject } from "../objects.js";
import type { World } from "../world.js";
import { float, int, obj, str, type FunctionGroup } from "./types.js";

const OBJECT_TYPE_ALL = 32767;

/** An area given to GetFirst/NextObjectInArea, or the caller's area when it is not an area. */
function areaArg(w: World, v: NwValue | undefined): GameObject | undefined {
  const a = w.lookup(obj(v));
  if (a?.kind === "area") return a;
  const self = w.lookup(w.self);
  return self?.kind === "area" ? self : self?.area;
}

/** Moves an area's cursor to the next object matching the filter, from its current place. */
function nextInArea(area: GameObject, filter: number): NwObject {
  while (area.iterIndex < area.contents.length) {
    const o = area.contents[area.iterIndex++]!;
    if (!o.destroyed && (o.objectType & filter) !== 0) return o.handle;
  }
  return OBJECT_INVALID;
}

function nextOf(list: readonly GameObject[], cursor: { i: number }): NwObject {
  while (cursor.i < list.length) {
    const o = list[cursor.i++]!;
    if (!o.destroyed) return o.handle;
  }
  return OBJECT_INVALID;
}

export const objectFunctions: FunctionGroup = {
  GetModule: (w) => w.module.handle,
  GetIsObjectValid: (w, [o]) => bool(w.isLive(obj(o))),
  ObjectToString: (_w, [o]) => obj(o).id.toString(16),
  StringToObject: (w, [s]) => {
    const m = /^\s*([0-9a-f]+)/i.exec(str(s));
    if (!m) return OBJECT_INVALID;
    const id = Number.parseInt(m[1]!.slice(-8), 16);
    return w.objects.get(id)?.handle ?? new NwObject(id);
  },
  GetObjectType: (w, [o]) => w.lookup(obj(o))?.objectType ?? 0,
  GetTag: (w, [o]) => w.lookup(obj(o))?.tag ?? "",
  SetTag: (w, [o, tag]) => {
    const t = w.lookup(obj(o));
    if (t && t.kind !== "module") t.tag = str(tag);
    return undefined;
  },
  GetName: (w, [o, original]) => {
    const t = w.lookup(obj(o));
    if (!t) return "";
    return int(original) ? t.originalName : t.name;
  },
  SetName: (w, [o, name]) => {
    const t = w.lookup(obj(o));
    if (t) t.name = str(name) === "" ? t.originalName : str(name);
    return undefined;
  },
  GetResRef: (w, [o]) => w.lookup(obj(o))?.resref ?? "",
  GetObjectByTag: (w, [tag, nth]) => {
    const t = str(tag);
    if (t === "") return OBJECT_INVALID;
    let n = int(nth);
    for (const o of w.objects.values()) {
      if (o.destroyed || o.kind === "module" || o.tag !== t) continue;
      if (n-- === 0) return o.handle;
    }
    return OBJECT_INVALID;
  },
  GetArea: (w, [o]) => {
    const t = w.lookup(obj(o));
    if (!t) return OBJECT_INVALID;
    if (t.kind === "area") return t.handle;
    return t.area?.handle ?? OBJECT_INVALID;
  },
  GetFirstObjectInArea: (w, [a, filter]) => {
    const area = areaArg(w, a);
    if (!area) return OBJECT_INVALID;
    area.iterIndex = 0;
    return nextInArea(area, int(filter) === OBJECT_TYPE_ALL ? -1 : int(filter));
  },
  GetNextObjectInArea: (w, [a, filter]) => {
    const area = areaArg(w, a);
    if (!area) return OBJECT_INVALID;
    return nextInArea(area, int(filter) === OBJECT_TYPE_ALL ? -1 : int(filter));
  },
  GetFirstArea: (w) => {
    const c = { i: 0 };
    const r = nextOf(w.areas, c);
    w.areaCursor = c.i;
    return r;
  },
  GetNextArea: (w) => {
    const c = { i: w.areaCursor };
    const r = nextOf(w.areas, c);
    w.areaCursor = c.i;
    return r;
  },
  GetFirstPC: (w) => {
    const c = { i: 0 };
    const r = nextOf(w.pcs, c);
    w.pcCursor = c.i;
    return r;
  },
  GetNextPC: (w) => {
    const c = { i: w.pcCursor };
    const r = nextOf(w.pcs, c);
    w.pcCursor = c.i;
    return r;
  },
  GetIsPC: (w, [o]) => bool(w.lookup(obj(o))?.isPC ?? false),
  GetIsDM: (w, [o]) => {
    w.lookup(obj(o));
    return 0; // the simulator has no DM clients
  },
  GetIsDead: (w, [o]) => {
    const t = w.lookup(obj(o));
    return bool(t !== undefined && t.kind === "creature" && t.dead);
  },
  GetCurrentHitPoints: (w, [o]) => w.lookup(obj(o))?.hp ?? 0,
  // Dying PCs: -9..0; everything else must be alive and is clamped to 1..max. Fires no events.
  SetCurrentHitPoints: (w, [o, n]) => {
    const t = w.lookup(obj(o));
    if (!t) return undefined;
    if (t.isPC && t.dead && t.hp > -10) t.hp = Math.max(-9, Math.min(0, int(n)));
    else if (!t.dead) t.hp = Math.max(1, Math.min(t.maxHp, int(n)));
    return undefined;
  },
  GetMaxHitPoints: (w, [o]) => w.lookup(obj(o))?.maxHp ?? 0,
  GetObjectUUID: (w, [o]) => {
    const t = w.lookup(obj(o));
    if (!t || t.kind === "module") return "";
    return w.uuidOf(t);
  },
  GetRandomUUID: (w) => {
    const hex = [0, 1, 2, 3].map(() => w.random.nextUint32());
    hex[1] = ((hex[1]! & 0xffff0fff) | 0x00004000) >>> 0;
    hex[2] = ((hex[2]! & 0x3fffffff) | 0x80000000) >>> 0;
    const s = hex.map((x) => x.toString(16).padStart(8, "0")).join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  },
  // The object goes when the delay is over, not during the calling script (as in the game).
  DestroyObject: (w, [o, delay]) => {
    const t = w.lookup(obj(o));
    if (!t || t.kind === "module" || t.kind === "area") return undefined;
    w.schedule(float(delay), t.handle, { run: () => w.destroy(t.handle) });
    return undefined;
  },
};
