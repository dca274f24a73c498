// The two ways a benchmark world runs the NPC module's scripts: emitted NWScript in the reference
// interpreter (instruction counts) or the subset TypeScript on the twin (wall time).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { World } from "../../twin/engine/index.js";
import { installEngine } from "../../twin/node/engine-globals.js";
import { materialiseNaive, NAIVE_SCRIPT } from "./naive.js";
import { registerNssScripts, type InstructionMeter } from "./nss-scripts.js";
import { loadTwinScripts, registerTwinScripts } from "./twin-scripts.js";

export interface ScriptSet {
  readonly runner: "interp" | "twin";
  /** Registers the hooks (and the naive heartbeat) as the world's scripts. */
  install(world: World): void;
  /** Instruction counts of the interpreter's runs (interp only). */
  readonly meter: InstructionMeter;
}

/** Script names of nss-out that have a main (the hooks; the rest are includes). */
function hookNames(nssOut: string): string[] {
  return readdirSync(nssOut)
    .filter((f) => f.endsWith(".nss") && /^void\s+main\s*\(/m.test(readFileSync(join(nssOut, f), "utf8")))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function interpScripts(repoRoot: string, benchDir: string): ScriptSet {
  const nssOut = join(repoRoot, "nss-out");
  const naive = materialiseNaive(repoRoot, benchDir);
  const meter: InstructionMeter = { onRun: undefined };
  return {
    runner: "interp",
    meter,
    install(world) {
      registerNssScripts(world, nssOut, hookNames(nssOut), [], meter);
      registerNssScripts(world, naive.nssDir, [NAIVE_SCRIPT], [nssOut], meter);
    },
  };
}

/** The hooks on the twin, and the naive heartbeat unless `withNaive` is false. */
export async function twinScripts(repoRoot: string, benchDir: string, withNaive = true): Promise<ScriptSet> {
  const extra = withNaive ? [materialiseNaive(repoRoot, benchDir).tsFile] : [];
  const mains = await loadTwinScripts(repoRoot, extra);
  return {
    runner: "twin",
    meter: { onRun: undefined },
    install(world) {
      installEngine(world);
      registerTwinScripts(world, mains);
    },
  };
}
