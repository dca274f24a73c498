// The NPC hook scripts (runtime-ts/hooks) and extra subset modules, compiled together into one
// twin program and registered as a World's scripts: the TypeScript runs with NWScript semantics.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { World } from "../../twin/engine/index.js";
import { compileTwinOrThrow, loadTwin } from "../../twin/node/load.js";
import { registerSubsetScripts } from "../../twin/node/scripts.js";

/** script name (the file name without .ts) → its main. */
export type ScriptMains = Record<string, () => void>;

/** Compiles every hook in runtime-ts/hooks plus `extra` (subset modules with a main) in one program. */
export async function loadTwinScripts(repoRoot: string, extra: string[] = []): Promise<ScriptMains> {
  const hooksDir = join(repoRoot, "runtime-ts", "hooks");
  const hooks = readdirSync(hooksDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(hooksDir, f));
  const files = [...hooks, ...extra];
  // One program: loading a second twin program would forget the first one's globals.
  const twin = loadTwin(compileTwinOrThrow(files));
  const mains: ScriptMains = {};
  for (const file of files) {
    const mod = await twin.importModule(file);
    if (typeof mod.main !== "function") throw new Error(`${file} has no main`);
    mains[file.replace(/^.*[\\/]/, "").replace(/\.ts$/, "")] = mod.main as () => void;
  }
  return mains;
}

export function registerTwinScripts(world: World, mains: ScriptMains): void {
  registerSubsetScripts(world, mains);
}
