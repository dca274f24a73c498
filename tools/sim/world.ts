// The simulated module: N areas with the area controller's hooks, NPCs spread over them with the
// core's hooks, a few PCs (not yet logged in), the module's load hook.
import { EVENT, World } from "../twin/engine/index.js";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../twin/engine/factions.js";
import type { SeededRandom } from "../twin/engine/random.js";
import { installEngine } from "../twin/node/engine-globals.js";
import type { NwObject } from "../twin/values.js";
import { type HookMains, registerHooks } from "./hooks.js";

export const NPC_HOOKS: Record<number, string> = {
  [EVENT.CREATURE_ON_SPAWN_IN]: "npc_spawn",
  [EVENT.CREATURE_ON_NOTICE]: "npc_perception",
  [EVENT.CREATURE_ON_DAMAGED]: "npc_damaged",
  [EVENT.CREATURE_ON_MELEE_ATTACKED]: "npc_attacked",
  [EVENT.CREATURE_ON_SPELLCASTAT]: "npc_spellcast",
  [EVENT.CREATURE_ON_DEATH]: "npc_death",
  [EVENT.CREATURE_ON_DIALOGUE]: "npc_dialogue",
  [EVENT.CREATURE_ON_END_COMBATROUND]: "npc_endround",
};

/** Hit points of a simulated NPC: enough that most survive a burst, few enough that some die. */
export const NPC_HP = 120;
/** Side of the square each area's NPCs stand in, metres (the hot distance is 40 m). */
const AREA_SIZE = 160;

export interface SimWorld {
  w: World;
  areas: NwObject[];
  /** NPCs of each area now (they stay where they spawned; a destroyed corpse leaves the list). */
  npcsByArea: NwObject[][];
  /** Every NPC ever created, in creation order (respawned ones are appended). */
  npcs: NwObject[];
  pcs: NwObject[];
}

export interface SimShape {
  seed: number;
  npcs: number;
  areas: number;
  pcs: number;
}

export function buildWorld(shape: SimShape, hooks: HookMains, rng: SeededRandom): SimWorld {
  const w = new World({ seed: shape.seed });
  installEngine(w);
  registerHooks(w, hooks);
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const areas: NwObject[] = [];
  for (let i = 0; i < shape.areas; i++) {
    areas.push(w.createArea({ tag: `AREA${i}`, scripts: { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" } }));
  }
  const sim: SimWorld = { w, areas, npcsByArea: areas.map(() => []), npcs: [], pcs: [] };
  for (let i = 0; i < shape.npcs; i++) addNpc(sim, i % shape.areas, rng);
  for (let i = 0; i < shape.pcs; i++) sim.pcs.push(w.createCreature({ tag: `PC${i}`, isPC: true, hp: 1000, maxHp: 1000 }));
  return sim;
}

/**
 * Creates an NPC at a random place in area `a` (no OnSpawn: the world's start, or the caller,
 * fires it) and files it in the lists; its tag numbers NPCs in creation order.
 */
export function addNpc(sim: SimWorld, a: number, rng: SeededRandom): NwObject {
  const npc = sim.w.createCreature({
    tag: `NPC${sim.npcs.length}`,
    area: sim.areas[a],
    position: randomPosition(rng),
    faction: rng.below(2) === 0 ? FACTION_HOSTILE : FACTION_COMMONER,
    hp: NPC_HP,
    maxHp: NPC_HP,
    scripts: NPC_HOOKS,
  });
  sim.npcsByArea[a]!.push(npc);
  sim.npcs.push(npc);
  return npc;
}

export function randomPosition(rng: SeededRandom): { x: number; y: number; z: number } {
  return { x: rng.below(AREA_SIZE), y: rng.below(AREA_SIZE), z: 0 };
}
