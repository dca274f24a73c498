// The NPC behaviour module's hook scripts, compiled for the twin and registered as a world's scripts.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { World } from "../twin/engine/index.js";
import { compileTwinOrThrow, loadTwin } from "../twin/node/load.js";
import { twinSettings } from "../twin/node/project-settings.js";
import { registerSubsetScripts } from "../twin/node/scripts.js";

/** script name (e.g. "npc_spawn") → its main. */
export type HookMains = Record<string, () => void>;

/** The repository's runtime-ts/hooks folder, found upwards from this file (source or dist/). */
export function hooksDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "runtime-ts", "hooks");
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error("runtime-ts/hooks not found above the sim tool");
    dir = up;
  }
}

// Compiled once per process and folder: a script run starts its globals afresh and the engine
// is found through the world installed last, so the mains can serve one world after another.
const loaded = new Map<string, Promise<HookMains>>();

/** Compiles every hook module in one twin program and imports their mains. */
export function loadHooks(dir = hooksDir()): Promise<HookMains> {
  let hooks = loaded.get(dir);
  if (!hooks) {
    hooks = compileHooks(dir);
    loaded.set(dir, hooks);
    // A failed compilation is not kept: the next call reports it again.
    hooks.catch(() => loaded.delete(dir));
  }
  return hooks;
}

async function compileHooks(dir: string): Promise<HookMains> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(dir, f));
  // The working directory's npcBuild.constants, as `npc-build run` and the build read them.
  const twin = loadTwin(compileTwinOrThrow(files, twinSettings()));
  const mains: HookMains = {};
  for (const file of files) {
    const mod = await twin.importModule(file);
    if (typeof mod.main !== "function") throw new Error(`${file} has no main`);
    mains[file.slice(dir.length + 1, -3)] = mod.main as () => void;
  }
  return mains;
}

export function registerHooks(world: World, mains: HookMains): void {
  registerSubsetScripts(world, mains);
}
