// The world file format: the documented example loads; mistakes name the field.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT, loadWorld, loadWorldFile, NwLocation, World, WorldFileError } from "../../tools/twin/engine/index.js";
import type { NwObject } from "../../tools/twin/values.js";
import { call } from "./helpers.js";

/** The example of docs/twin-world.md, read from the document itself so the two cannot drift. */
function docExample(): unknown {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/twin-world.md"), "utf8");
  const m = /```json\n([\s\S]*?)```/.exec(doc);
  if (!m) throw new Error("docs/twin-world.md has no json example");
  return JSON.parse(m[1]!);
}

const byTag = (w: World, tag: string, nth = 0) => call(w, "GetObjectByTag", tag, nth) as NwObject;

describe("world file", () => {
  it("loads the documented example", () => {
    const w = loadWorld(docExample());
    const market = byTag(w, "AREA_MARKET");
    const guard = byTag(w, "NPC_GUARD");
    const bandit = byTag(w, "NPC_BANDIT");
    const pc = byTag(w, "PC_ALICE");
    expect(w.seed).toBe(7);
    expect(call(w, "GetTimeHour")).toBe(8);
    expect(call(w, "GetName", market, 0)).toBe("Market Square");
    expect((call(w, "GetArea", guard) as NwObject).id).toBe(market.id);
    expect(call(w, "GetPosition", guard)).toEqual({ x: 10, y: 12.5, z: 0 });
    expect(call(w, "GetFacing", guard)).toBe(90);
    expect(call(w, "GetCurrentHitPoints", guard)).toBe(30);
    expect(call(w, "GetMaxHitPoints", guard)).toBe(40);
    expect(call(w, "GetIsPC", pc)).toBe(1);
    expect(call(w, "GetIsReactionTypeHostile", guard, bandit)).toBe(1);
    expect(call(w, "GetIsReactionTypeHostile", pc, bandit)).toBe(1);
    expect(call(w, "GetIsReactionTypeFriendly", guard, byTag(w, "NPC_MERCHANT"))).toBe(1);
    expect(call(w, "GetEventScript", guard, EVENT.CREATURE_ON_SPAWN_IN)).toBe("npc_behavior_spawn");
    expect(call(w, "GetEventScript", market, EVENT.AREA_ON_ENTER)).toBe("npc_behavior_area_enter");
    expect(call(w, "GetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD)).toBe("npc_behavior_module_load");
    expect(call(w, "GetLocalInt", guard, "npc_tick_interval_idle_sec")).toBe(6);
    expect(call(w, "GetLocalFloat", guard, "npc_alert_decay")).toBe(12.5);
    expect(call(w, "GetLocalString", guard, "npc_tpl_tick_interval_idle_sec")).toBe("6");
    expect((call(w, "GetLocalObject", guard, "npc_post") as NwObject).id).toBe(byTag(w, "WP_GUARD_POST").id);
    expect((call(w, "GetLocalLocation", guard, "npc_home") as NwLocation).position).toEqual({ x: 1, y: 2, z: 0 });
    expect(call(w, "JsonDump", call(w, "GetLocalJson", w.module.handle, "npc_config")!, -1)).toBe('{"budget":4}');
    expect(call(w, "GetLocalInt", market, "npc_area_always_on")).toBe(1);
  });

  it("options override the file (seed, database folder)", () => {
    const w = loadWorld(docExample(), { seed: 99 });
    expect(w.seed).toBe(99);
  });

  const broken: [string, (doc: Record<string, unknown>) => void, RegExp][] = [
    ["an unknown top-level field", (d) => (d.aeras = []), /world file: aeras: unknown field/],
    ["a bad position", (d) => ((d.creatures as Record<string, unknown>[])[1]!.position = [1, 2]), /creatures\[1\]\.position: expected \[x, y, z\]/],
    ["an unknown area", (d) => ((d.creatures as Record<string, unknown>[])[0]!.area = "NOWHERE"), /creatures\[0\]\.area: no area with tag "NOWHERE"/],
    ["an unknown faction", (d) => ((d.creatures as Record<string, unknown>[])[0]!.faction = "Elves"), /creatures\[0\]\.faction: no faction named "Elves"/],
    ["an unknown hook", (d) => ((d.areas as Record<string, unknown>[])[0]!.scripts = { onSpawn: "x" }), /areas\[0\]\.scripts\.onSpawn: unknown hook for area objects/],
    ["a bad local", (d) => ((d.creatures as Record<string, unknown>[])[0]!.locals = { x: [1] }), /creatures\[0\]\.locals\.x: expected an integer/],
    ["a bad reaction value", (d) => ((d.reactions as Record<string, unknown>[])[0]!.value = 101), /reactions\[0\]\.value: expected an integer from 0 to 100/],
    ["an object local naming nothing", (d) => ((d.creatures as Record<string, unknown>[])[0]!.locals = { o: { object: "NONE" } }), /locals\.o\.object: no object with tag "NONE"/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`reports ${what} with the field`, () => {
      const doc = docExample() as Record<string, unknown>;
      breakIt(doc);
      expect(() => loadWorld(doc)).toThrow(WorldFileError);
      expect(() => loadWorld(doc)).toThrow(message);
    });
  }

  it("names the file for unreadable JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "twin-world-"));
    try {
      const file = path.join(dir, "w.json");
      fs.writeFileSync(file, "{ not json");
      expect(() => loadWorldFile(file)).toThrow(/w\.json: world file: \(file\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
