// `npc-build run FILE.ts|FILE.nss`: runs a script's main in the engine simulator and prints what
// it printed — its own lines and those of the commands it queued, in simulated-time order.
// A .ts module runs as the twin (TypeScript with NWScript semantics); a .nss file runs in the
// reference interpreter. The transpiled .nss of a .ts prints the same lines.
import path from "node:path";
import { World, loadWorldFile, WorldFileError } from "../../../tools/twin/engine/index.js";
import { installEngine } from "../../../tools/twin/node/engine-globals.js";
import { compileTwin } from "../../../tools/twin/node/compile.js";
import { loadTwin } from "../../../tools/twin/node/load.js";
import { twinSettings } from "../../../tools/twin/node/project-settings.js";
import { NssCheckError, runNss } from "../../../tools/nwscript/interp/index.js";
import { EngineNotModeled, ScriptError, TooManyInstructions } from "../../../tools/twin/values.js";
import { ExitCode, UsageError } from "../errors.js";
import { isDirectory, isFile } from "../fs-util.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";
import { printDiagnostics } from "../report.js";

export interface RunFlags {
  seed?: string;
  world?: string;
  include: string[];
  db?: string;
  instructionLimit?: string;
  stats?: boolean;
}

export async function runCommand(io: CliIO, file: string, flags: RunFlags): Promise<ExitCode> {
  const full = resolveFrom(io, file);
  if (!isFile(full)) throw new UsageError(`file not found: ${file}`);
  const seed = integer(flags.seed ?? "1", "--seed");
  const instructionLimit = flags.instructionLimit === undefined ? undefined : integer(flags.instructionLimit, "--instruction-limit");
  const includeDirs = flags.include.map((d) => {
    const dir = resolveFrom(io, d);
    if (!isDirectory(dir)) throw new UsageError(`include folder not found: ${d}`);
    return dir;
  });
  const world = makeWorld(io, flags, seed);
  const failuresBefore = world.scriptFailures.length;
  let status: ExitCode = ExitCode.ok;
  try {
    if (full.endsWith(".nss")) status = runNssFile(io, full, world, includeDirs, instructionLimit, flags.stats);
    else if (full.endsWith(".ts") && !full.endsWith(".d.ts")) status = await runTsFile(io, full, world);
    else throw new UsageError(`${file}: expected a .ts module or a .nss script`);
  } catch (error) {
    if (!(error instanceof ScriptError || error instanceof TooManyInstructions || error instanceof EngineNotModeled)) throw error;
    flush(io, world);
    io.stderr(`${displayPath(io, full)}: error: ${error.message}\n`);
    return ExitCode.diagnostics;
  }
  for (const f of world.scriptFailures.slice(failuresBefore)) {
    io.stderr(`${displayPath(io, full)}: error in a queued command at ${(f.timeMs / 1000).toFixed(3)} s: ${f.error.message}\n`);
    status = ExitCode.diagnostics;
  }
  return status;
}

function makeWorld(io: CliIO, flags: RunFlags, seed: number): World {
  const databaseDir = flags.db ? resolveFrom(io, flags.db) : undefined;
  if (!flags.world) return new World({ seed, databaseDir });
  const worldFile = resolveFrom(io, flags.world);
  if (!isFile(worldFile)) throw new UsageError(`world file not found: ${flags.world}`);
  try {
    return loadWorldFile(worldFile, { seed, databaseDir });
  } catch (error) {
    if (error instanceof WorldFileError) throw new UsageError(error.message);
    throw error;
  }
}

function runNssFile(io: CliIO, file: string, world: World, includeDirs: string[], instructionLimit: number | undefined, stats?: boolean): ExitCode {
  try {
    const result = runNss(file, { host: world, includeDirs, instructionLimit });
    flush(io, world);
    if (stats) io.stderr(`npc-build: main ran ${result.instructions} instructions\n`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof NssCheckError)) throw error;
    for (const d of error.diagnostics) io.stderr(`${displayPath(io, path.resolve(d.file))}${d.line > 0 ? `:${d.line}` : ""}: error: ${d.message}\n`);
    return ExitCode.diagnostics;
  }
}

async function runTsFile(io: CliIO, file: string, world: World): Promise<ExitCode> {
  // The working directory's tsconfig.json, if any, sets tunables as it does for `build`.
  const settings = twinSettings(undefined, io);
  const program = compileTwin([file], { importExtension: ".mjs", constants: settings.constants });
  const settingErrors = settings.errorsOf(program);
  if (settingErrors.length > 0) throw new UsageError(settingErrors[0]!);
  if (program.build.diagnostics.length > 0) {
    printDiagnostics(io, program.build.diagnostics);
    return ExitCode.diagnostics;
  }
  installEngine(world);
  const twin = loadTwin(program);
  const mod = await twin.importModule(file);
  if (typeof (mod.main ?? mod.StartingConditional) !== "function") throw new UsageError(`${displayPath(io, file)} has no main or StartingConditional to run`);
  const entry = await twin.entryPoint(file);
  world.runMain(() => void entry());
  flush(io, world);
  return ExitCode.ok;
}

const flushed = new WeakMap<World, number>();

/** Prints the lines printed since the last flush. */
function flush(io: CliIO, world: World): void {
  const from = flushed.get(world) ?? 0;
  for (const line of world.printed.slice(from)) io.stdout(`${line}\n`);
  flushed.set(world, world.printed.length);
}

function integer(text: string, option: string): number {
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${option} takes a whole number, got "${text}"`);
  return Number(text);
}
