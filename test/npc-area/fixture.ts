// A twin world wired like a module using the area controller: areas with the controller's
// OnEnter/OnExit hooks, the module's OnModuleLoad hook, NPCs marked initialised.
import { EVENT, World } from "../../tools/twin/engine/index.js";
import type { NwObject } from "../../tools/twin/values.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import { main as enterMain } from "../../runtime-ts/hooks/npc_area_enter.js";
import { main as exitMain } from "../../runtime-ts/hooks/npc_area_exit.js";
import { main as loadMain } from "../../runtime-ts/hooks/npc_mod_load.js";

export const RUNNING = 1;
export const PAUSED = 2;
export const STOPPED = 0;

export interface AreaWorld {
  w: World;
  area(tag: string, locals?: Record<string, number>): NwObject;
  npc(area: NwObject, locals?: Record<string, number>): NwObject;
  pc(): NwObject;
  int(o: NwObject, key: string): number;
  state(area: NwObject): number;
  /** Local variables on an object as "type:name" strings, sorted. */
  localNames(o: NwObject): string[];
}

export function makeAreaWorld(seed = 3): AreaWorld {
  const w = new World({ seed, strictScripts: true });
  installEngine(w);
  registerSubsetScripts(w, { npc_area_enter: enterMain, npc_area_exit: exitMain, npc_mod_load: loadMain });
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  let pcs = 0;
  const aw: AreaWorld = {
    w,
    area(tag, locals = {}) {
      const a = w.createArea({ tag, scripts: { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" } });
      for (const [k, v] of Object.entries(locals)) w.call("SetLocalInt", a, k, v);
      return a;
    },
    npc(area, locals = { npc_behavior_init_done: 1 }) {
      const n = w.createCreature({ tag: "NPC", area });
      for (const [k, v] of Object.entries(locals)) w.call("SetLocalInt", n, k, v);
      return n;
    },
    pc() {
      pcs++;
      return w.createCreature({ tag: `PC${pcs}`, isPC: true });
    },
    int: (o, key) => w.call("GetLocalInt", o, key) as number,
    state: (a) => w.call("GetLocalInt", a, "nb_area_state") as number,
    localNames(o) {
      return w
        .get(o)
        .locals.entries()
        .map(([t, n]) => `${t}:${n}`)
        .sort();
    },
  };
  return aw;
}
