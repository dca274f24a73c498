// Registers subset scripts (modules with `main`) as the world's scripts, so event hooks and
// ExecuteScript run them as the game would: each run starts its globals afresh.
import type { World } from "../engine/index.js";
import { resetGlobals } from "./runtime.js";

/** name (the script's resref, e.g. "npc_spawn") → its `main`. */
export function registerSubsetScripts(world: World, scripts: Record<string, () => void>): void {
  for (const [name, main] of Object.entries(scripts)) {
    world.registerScript(name, () => {
      resetGlobals();
      main();
    });
  }
}
