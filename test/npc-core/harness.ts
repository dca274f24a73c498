// Test world for the NPC core: the hook scripts registered as the world's scripts, so world
// events run exactly what the server runs.
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import { main as attacked } from "../../runtime-ts/hooks/npc_attacked.js";
import { main as damaged } from "../../runtime-ts/hooks/npc_damaged.js";
import { main as death } from "../../runtime-ts/hooks/npc_death.js";
import { main as dialogue } from "../../runtime-ts/hooks/npc_dialogue.js";
import { main as endround } from "../../runtime-ts/hooks/npc_endround.js";
import { main as perception } from "../../runtime-ts/hooks/npc_perception.js";
import { main as spawn } from "../../runtime-ts/hooks/npc_spawn.js";
import { main as spellcast } from "../../runtime-ts/hooks/npc_spellcast.js";

export type Obj = ReturnType<World["createCreature"]>;

// The event → hook script table the simulation uses too (one place).
import { NPC_HOOKS } from "../../tools/sim/world.js";
export { NPC_HOOKS };

/** A world (strict: a failing script fails the test) with the NPC hook scripts registered. */
export function npcWorld(seed = 1): World {
  const world = new World({ seed, strictScripts: true });
  installEngine(world);
  registerSubsetScripts(world, {
    npc_spawn: spawn,
    npc_perception: perception,
    npc_damaged: damaged,
    npc_attacked: attacked,
    npc_spellcast: spellcast,
    npc_death: death,
    npc_dialogue: dialogue,
    npc_endround: endround,
  });
  return world;
}

/** An NPC with the core's hooks, placed in `area`; no OnSpawn yet. */
export function addNpc(world: World, area: Obj, tag: string, faction?: number, hp = 1000): Obj {
  return world.createCreature({ tag, area, faction, hp, maxHp: hp, scripts: NPC_HOOKS });
}

export function addPc(world: World, area: Obj, tag = "PC"): Obj {
  return world.createCreature({ tag, area, isPC: true, hp: 50, maxHp: 50 });
}

export const int = (world: World, o: Obj, key: string): number => world.call("GetLocalInt", o, key) as number;
export const setInt = (world: World, o: Obj, key: string, v: number): void => void world.call("SetLocalInt", o, key, v);
export const setString = (world: World, o: Obj, key: string, v: string): void => void world.call("SetLocalString", o, key, v);
