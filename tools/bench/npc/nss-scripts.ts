// Registers NWScript files as a World's scripts, run by the reference interpreter: event hooks and
// the commands they queue execute the emitted code, and every script run's instruction count goes
// to a meter (what the game would count against its 524,288 limit, as the interpreter estimates).
import { join } from "node:path";
import { checkFile } from "../../nwscript/index.js";
import type { CheckedProgram } from "../../nwscript/ast.js";
import { interpret, type RunReport } from "../../nwscript/interp/index.js";
import type { World } from "../../twin/engine/index.js";
import type { NwObject } from "../../twin/values.js";

/** One script run the interpreter finished (an event's entry point or a queued command). */
export interface MeteredRun {
  /** The registered script whose program ran (queued commands count under their script). */
  script: string;
  kind: RunReport["kind"];
  instructions: number;
  /** OBJECT_SELF of the run (the area for an area loop iteration). */
  self: NwObject;
  /** Simulated time of the run, ms. */
  timeMs: number;
}

export interface InstructionMeter {
  /** Every run is passed here (set to undefined to stop listening). */
  onRun: ((run: MeteredRun) => void) | undefined;
}

/** Checks one script with the official compiler's rules; throws with the diagnostics if it fails. */
export function checkNss(file: string, includeDirs: string[]): CheckedProgram {
  const checked = checkFile(file, { includeDirs });
  if (!checked.program || checked.diagnostics.length > 0) {
    throw new Error(`${file} does not check:\n${checked.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n")}`);
  }
  return checked.program;
}

/**
 * Registers `names` (scripts in `dir`, includes found in `includeDirs`) as the world's scripts.
 * Script errors are the world's to handle (strict worlds throw them).
 */
export function registerNssScripts(world: World, dir: string, names: string[], includeDirs: string[], meter: InstructionMeter): void {
  for (const name of names) {
    const program = checkNss(join(dir, `${name}.nss`), [dir, ...includeDirs]);
    world.registerScript(name, () => {
      interpret(program, world, {
        onRun: (run) => meter.onRun?.({ script: name, kind: run.kind, instructions: run.instructions, self: world.self, timeMs: world.clock.nowMs }),
      });
    });
  }
}
