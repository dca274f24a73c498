// runNss(): check a script with the front end, then run it the way the conformance corpus was
// produced: main (or StartingConditional) with OBJECT_SELF = a placeholder object, then every
// queued command in due-time order, in the engine simulator.
import { checkFile, checkSource, type NssDiagnostic } from "../index.js";
import { World } from "../../twin/engine/index.js";
import type { ScriptFailure } from "../../twin/engine/index.js";
import { interpret, type InterpretOptions, type InterpretResult, type RunStats } from "./interpret.js";

export interface RunNssOptions extends InterpretOptions {
  /** Folders searched for #include files (after the script's own folder). */
  includeDirs?: string[];
  /** The world to run in (default: a fresh World). */
  host?: World;
  /** Name used in diagnostics when `source` is script text (default "script.nss"). */
  fileName?: string;
}

export interface RunNssResult {
  /** PrintString lines of this run and of the commands it queued, in order. */
  readonly printed: string[];
  /** StartingConditional's result; undefined for main. */
  readonly returnValue: number | undefined;
  /** Instructions of the entry point's run. */
  readonly instructions: number;
  /** Counts over the entry point's run and every queued command's run. */
  readonly stats: RunStats;
  /** Queued commands stopped by a script error (the world goes on, as the game does). */
  readonly failures: ScriptFailure[];
  readonly world: World;
}

/** The script did not pass the front end's checks. */
export class NssCheckError extends Error {
  constructor(readonly diagnostics: NssDiagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  }
}

/**
 * `source` is a path when it is a single line ending in ".nss", otherwise script text. Throws
 * NssCheckError for a script the compiler would reject, and whatever stopped the entry point's
 * run (TooManyInstructions, ScriptError, EngineNotModeled).
 */
export function runNss(source: string, options: RunNssOptions = {}): RunNssResult {
  const isPath = !source.includes("\n") && /\.nss$/i.test(source.trim());
  const checkOptions = options.includeDirs ? { includeDirs: options.includeDirs } : {};
  const checked = isPath ? checkFile(source.trim(), checkOptions) : checkSource(source, options.fileName ?? "script.nss", checkOptions);
  if (!checked.program || checked.diagnostics.length > 0) throw new NssCheckError(checked.diagnostics);
  const program = checked.program;

  const world = options.host ?? new World();
  const printedBefore = world.printed.length;
  const failuresBefore = world.scriptFailures.length;
  let result: InterpretResult | undefined;
  world.runMain(() => {
    result = interpret(program, world, options);
  });
  const done = result!;
  return {
    printed: world.printed.slice(printedBefore),
    returnValue: done.returnValue,
    instructions: done.instructions,
    stats: done.stats,
    failures: world.scriptFailures.slice(failuresBefore),
    world,
  };
}
