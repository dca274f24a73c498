// Where an always-on area's tick spends its instructions: single calls of the dispatcher's parts,
// run as NWScript in the reference interpreter against a filled world (K spawned NPCs, one PC in
// another area), so a change to the dispatcher shows up part by part.
import { join } from "node:path";
import { runNss } from "../../nwscript/interp/index.js";
import { World } from "../../twin/engine/index.js";
import { FACTION_COMMONER } from "../../twin/engine/factions.js";
import { NPC_HOOKS } from "../../sim/world.js";
import { registerNssScripts } from "./nss-scripts.js";

export interface TickCost {
  npcs: number;
  /** Instructions of one call each (the script's own few instructions included). */
  hasPlayer: number;
  onAreaTick: number;
  oneHeartbeat: number;
}

export function tickCost(repoRoot: string, npcs: number): TickCost {
  const nssOut = join(repoRoot, "nss-out");
  const w = new World({ seed: 5, strictScripts: true });
  registerNssScripts(w, nssOut, ["npc_spawn"], [], { onRun: undefined });
  const area = w.createArea({ tag: "COST" });
  const lobby = w.createArea({ tag: "COSTLOBBY" });
  for (let i = 0; i < npcs; i++) w.createCreature({ tag: `COST${i}`, area, position: { x: i, y: 0, z: 0 }, faction: FACTION_COMMONER, scripts: NPC_HOOKS });
  w.createCreature({ tag: "PC", isPC: true, area: lobby }); // logged in, elsewhere: presence walks it
  w.start();
  const call = (statement: string): number =>
    runNss(['#include "npc_behavior"', "void main()", "{", '    object oArea = GetObjectByTag("COST");', `    ${statement}`, "}"].join("\n"), {
      includeDirs: [nssOut],
      host: w,
    }).instructions;
  return {
    npcs,
    hasPlayer: call("NpcBehaviorAreaHasPlayer(oArea);"),
    onAreaTick: call("NpcBehaviorOnAreaTick(oArea);"),
    oneHeartbeat: call('NpcBehaviorOnHeartbeat(GetObjectByTag("COST3"));'),
  };
}
