// Loading a world from its JSON description (format: docs/twin-world.md). Every problem is
// reported as a WorldFileError naming the field, e.g. `creatures[2].position`.
import fs from "node:fs";
import { NwObject, type NwValue, type NwVector } from "../values.js";
import type { CalendarStart } from "./clock.js";
import { HOOK_NAMES } from "./event-names.js";
import { parseToNwJson } from "./functions/json.js";
import type { LocalType } from "./locals.js";
import { NwLocation } from "./location.js";
import type { GameObject, ObjectKind } from "./objects.js";
import { World, type WorldOptions } from "./world.js";

export class WorldFileError extends Error {
  constructor(
    readonly field: string,
    problem: string,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ""}world file: ${field}: ${problem}`);
  }
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

class Reader {
  constructor(private readonly file: string | undefined) {}

  fail(field: string, problem: string): never {
    throw new WorldFileError(field, problem, this.file);
  }

  object(v: Json, field: string): Obj {
    if (!isObj(v)) this.fail(field, "expected an object");
    return v;
  }

  keys(o: Obj, field: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(field ? `${field}.${k}` : k, `unknown field (expected one of: ${allowed.join(", ")})`);
    }
  }

  array(v: Json, field: string): Json[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(field, "expected an array");
    return v;
  }

  string(v: Json, field: string, fallback?: string): string {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== "string") this.fail(field, "expected a string");
    return v;
  }

  int(v: Json, field: string, fallback?: number, min = -2147483648, max = 2147483647): number {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      this.fail(field, `expected an integer from ${min} to ${max}`);
    }
    return v;
  }

  number(v: Json, field: string, fallback?: number): number {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(field, "expected a number");
    return v;
  }

  bool(v: Json, field: string, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v !== "boolean") this.fail(field, "expected true or false");
    return v;
  }

  vector(v: Json, field: string): NwVector | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "number" && Number.isFinite(x))) {
      this.fail(field, "expected [x, y, z] numbers");
    }
    return { x: Math.fround(v[0]), y: Math.fround(v[1]), z: Math.fround(v[2]) };
  }
}

const OBJECT_FIELDS = ["tag", "name", "resref", "area", "position", "facing", "scripts", "locals"];
const CREATURE_FIELDS = [...OBJECT_FIELDS, "isPC", "faction", "hp", "maxHp"];
const TOP_FIELDS = ["seed", "start", "minutesPerHour", "module", "factions", "reactions", "areas", "creatures", "placeables", "waypoints"];

/** Builds a world from a parsed world description; options override the file's seed. */
export function loadWorld(json: Json, options: WorldOptions = {}, file?: string): World {
  const r: Reader = new Reader(file);
  const top = r.object(json, "(top level)");
  r.keys(top, "", TOP_FIELDS);
  let start: CalendarStart | undefined;
  if (top.start !== undefined) {
    const s = r.object(top.start, "start");
    r.keys(s, "start", ["year", "month", "day", "hour"]);
    start = {
      year: r.int(s.year, "start.year", 1372, 0, 32000),
      month: r.int(s.month, "start.month", 1, 1, 12),
      day: r.int(s.day, "start.day", 1, 1, 28),
      hour: r.int(s.hour, "start.hour", 0, 0, 23),
    };
  }
  const world = new World({
    seed: r.int(top.seed, "seed", 1),
    minutesPerHour: r.int(top.minutesPerHour, "minutesPerHour", 2, 1, 60),
    ...(start ? { start } : {}),
    ...options,
  });

  r.array(top.factions, "factions").forEach((f, i) => {
    const field = `factions[${i}]`;
    const o = r.object(f, field);
    r.keys(o, field, ["name"]);
    const name = r.string(o.name, `${field}.name`);
    if (world.factions.byName(name) !== undefined) r.fail(`${field}.name`, `faction "${name}" is defined twice`);
    world.factions.add(name);
  });
  const faction = (v: Json, field: string): number => {
    const name = r.string(v, field);
    const id = world.factions.byName(name);
    if (id === undefined) r.fail(field, `no faction named "${name}" (known: ${world.factions.names.join(", ")})`);
    return id;
  };
  r.array(top.reactions, "reactions").forEach((x, i) => {
    const field = `reactions[${i}]`;
    const o = r.object(x, field);
    r.keys(o, field, ["from", "about", "value"]);
    world.factions.setFactionReaction(faction(o.from, `${field}.from`), faction(o.about, `${field}.about`), r.int(o.value, `${field}.value`, undefined, 0, 100));
  });

  // Objects first, then locals (object locals may name any object by tag).
  const pending: { obj: GameObject; locals: Json; field: string }[] = [];
  const areasByTag = new Map<string, NwObject>();

  if (top.module !== undefined) {
    const m = r.object(top.module, "module");
    r.keys(m, "module", ["tag", "name", "scripts", "locals"]);
    world.module.tag = r.string(m.tag, "module.tag", "");
    world.module.name = world.module.originalName = r.string(m.name, "module.name", "");
    setScripts(r, world.module, m.scripts, "module.scripts");
    pending.push({ obj: world.module, locals: m.locals, field: "module.locals" });
  }

  const build = (list: Json, section: string, kind: Exclude<ObjectKind, "module">) => {
    r.array(list, section).forEach((x, i) => {
      const field = `${section}[${i}]`;
      const o = r.object(x, field);
      r.keys(o, field, kind === "creature" ? CREATURE_FIELDS : kind === "area" ? ["tag", "name", "resref", "scripts", "locals"] : OBJECT_FIELDS);
      let area: NwObject | undefined;
      if (o.area !== undefined) {
        const tag = r.string(o.area, `${field}.area`);
        area = areasByTag.get(tag);
        if (!area) r.fail(`${field}.area`, `no area with tag "${tag}"`);
      }
      const position = r.vector(o.position, `${field}.position`);
      const handle = world.createObject(kind, {
        tag: r.string(o.tag, `${field}.tag`, ""),
        name: r.string(o.name, `${field}.name`, ""),
        resref: r.string(o.resref, `${field}.resref`, ""),
        ...(area ? { area } : {}),
        ...(position ? { position } : {}),
        facing: r.number(o.facing, `${field}.facing`, 0),
        ...(kind === "creature"
          ? {
              isPC: r.bool(o.isPC, `${field}.isPC`, false),
              ...(o.faction !== undefined ? { faction: faction(o.faction, `${field}.faction`) } : {}),
              ...(o.hp !== undefined ? { hp: r.int(o.hp, `${field}.hp`) } : {}),
              ...(o.maxHp !== undefined ? { maxHp: r.int(o.maxHp, `${field}.maxHp`, undefined, 1) } : {}),
            }
          : {}),
      });
      const obj = world.get(handle);
      if (kind === "area") {
        if (areasByTag.has(obj.tag)) r.fail(`${field}.tag`, `two areas have the tag "${obj.tag}"`);
        areasByTag.set(obj.tag, handle);
      }
      setScripts(r, obj, o.scripts, `${field}.scripts`);
      pending.push({ obj, locals: o.locals, field: `${field}.locals` });
    });
  };
  build(top.areas, "areas", "area");
  build(top.creatures, "creatures", "creature");
  build(top.placeables, "placeables", "placeable");
  build(top.waypoints, "waypoints", "waypoint");

  for (const p of pending) setLocals(r, world, areasByTag, p.obj, p.locals, p.field);
  return world;
}

/** Reads and loads a world file; errors name the file and the field. */
export function loadWorldFile(path: string, options: WorldOptions = {}): World {
  let json: Json;
  try {
    json = JSON.parse(fs.readFileSync(path, "utf8"));
  } catch (e) {
    throw new WorldFileError("(file)", (e as Error).message, path);
  }
  return loadWorld(json, options, path);
}

function setScripts(r: Reader, obj: GameObject, v: Json, field: string): void {
  if (v === undefined) return;
  const o = r.object(v, field);
  const names = HOOK_NAMES[obj.kind] ?? {};
  for (const [hook, script] of Object.entries(o)) {
    const event = /^\d+$/.test(hook) ? Number(hook) : names[hook];
    if (event === undefined) {
      r.fail(`${field}.${hook}`, `unknown hook for ${obj.kind} objects (expected an EVENT_SCRIPT_* number or one of: ${Object.keys(names).join(", ")})`);
    }
    obj.eventScripts.set(event, r.string(script, `${field}.${hook}`));
  }
}

const LOCAL_TYPES = ["int", "float", "string", "object", "location", "json"] as const;

function setLocals(r: Reader, world: World, areas: Map<string, NwObject>, obj: GameObject, v: Json, field: string): void {
  if (v === undefined) return;
  const o = r.object(v, field);
  for (const [name, raw] of Object.entries(o)) {
    const f = `${field}.${name}`;
    let type: LocalType;
    let value: Json;
    if (typeof raw === "number") [type, value] = [Number.isInteger(raw) ? "int" : "float", raw];
    else if (typeof raw === "string") [type, value] = ["string", raw];
    else if (isObj(raw) && Object.keys(raw).length === 1 && (LOCAL_TYPES as readonly string[]).includes(Object.keys(raw)[0]!)) {
      type = Object.keys(raw)[0] as LocalType;
      value = raw[type];
    } else {
      r.fail(f, `expected an integer, a non-integer number (float), a string, or { "${LOCAL_TYPES.join('" | "')}": value }`);
    }
    obj.locals.set(type, name, localValue(r, world, areas, type, value, `${f}.${type}`));
  }
}

function localValue(r: Reader, world: World, areas: Map<string, NwObject>, type: LocalType, v: Json, field: string): NwValue {
  switch (type) {
    case "int":
      return r.int(v, field);
    case "float":
      return Math.fround(r.number(v, field));
    case "string":
      return r.string(v, field);
    case "object": {
      const tag = r.string(v, field);
      const found = world.call("GetObjectByTag", tag, 0) as NwObject;
      if (!found.valid) r.fail(field, `no object with tag "${tag}"`);
      return found;
    }
    case "json":
      return parseToNwJson(JSON.stringify(v));
    case "location": {
      const o = r.object(v, field);
      r.keys(o, field, ["area", "position", "facing"]);
      const tag = r.string(o.area, `${field}.area`);
      const area = areas.get(tag);
      if (!area) r.fail(`${field}.area`, `no area with tag "${tag}"`);
      return new NwLocation(area, r.vector(o.position, `${field}.position`) ?? { x: 0, y: 0, z: 0 }, Math.fround(r.number(o.facing, `${field}.facing`, 0)));
    }
    default:
      return r.fail(field, `locals of type ${type} cannot be set from a world file`);
  }
}
