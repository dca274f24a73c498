// Differential harness: one subset program, run two ways — as TypeScript under Node (the twin)
// and, transpiled to NWScript, in the reference interpreter — each in a fresh engine simulator
// with the same seed. Both must print the same lines. Programs are compiled in batches: one
// transpiler run gives the twin's JavaScript and the NWScript of every program of the batch.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Diagnostic, EmittedFile } from "../../compiler/api.js";
import { checkSource, loadLangspec, type CheckedProgram, type Langspec, type NssDiagnostic } from "../../tools/nwscript/index.js";
import { interpret } from "../../tools/nwscript/interp/index.js";
import { World } from "../../tools/twin/engine/index.js";
import { compileTwin } from "../../tools/twin/node/compile.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { loadTwin, type LoadedTwin } from "../../tools/twin/node/load.js";

/** One program of the corpus: a single module, or a folder holding a script and its includes. */
export interface DiffProgram {
  /** File name without .ts, or the folder's name. */
  name: string;
  /** The module with main or StartingConditional (absolute path). */
  entry: string;
  /** Every module of the program (absolute paths), the entry among them. */
  modules: string[];
  /** The first-line comment: what the program checks. */
  about: string;
}

/** What one side printed, then one line per script run a script error stopped. */
export type Transcript = string[];

/** Programs under `dir`: each .ts file, and each folder whose module with an entry point is the entry. */
export function listPrograms(dir: string): DiffProgram[] {
  const out: DiffProgram[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) {
      const modules = readdirSync(path).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort().map((f) => join(path, f));
      const entries = modules.filter((m) => /export function (main|StartingConditional)\(\)/.test(readFileSync(m, "utf8")));
      if (entries.length !== 1) throw new Error(`${path}: a program folder needs exactly one module with an entry point, found ${entries.length}`);
      out.push({ name, entry: entries[0], modules, about: firstComment(entries[0]) });
    } else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) {
      out.push({ name: name.slice(0, -3), entry: path, modules: [path], about: firstComment(path) });
    }
  }
  return out;
}

function firstComment(file: string): string {
  const first = readFileSync(file, "utf8").split("\n")[0];
  return first.startsWith("//") ? first.slice(2).trim() : "";
}

/** A compiled batch of programs: the twin's modules, loaded, and the emitted NWScript. */
export interface Batch {
  twin: LoadedTwin;
  /** Emitted files by resource name. */
  nss: Map<string, EmittedFile>;
  /** Transpiler diagnostics by program name (a program with any is not runnable). */
  diagnostics: Map<string, Diagnostic[]>;
}

/** Compiles every program of `programs` in one transpiler run. */
export function compileBatch(programs: DiffProgram[]): Batch {
  const program = compileTwin(programs.map((p) => p.entry), { importExtension: ".mjs" });
  const nss = new Map(program.build.files.map((f) => [f.name, f]));
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const p of programs) {
    const own = new Set(p.modules.map((m) => m.replace(/\\/g, "/")));
    diagnostics.set(p.name, program.build.diagnostics.filter((d) => own.has(resolve(d.file).replace(/\\/g, "/"))));
  }
  // A diagnostic no program owns (a global one) belongs to every program.
  const owned = new Set([...diagnostics.values()].flat());
  const global = program.build.diagnostics.filter((d) => !owned.has(d));
  if (global.length > 0) for (const p of programs) diagnostics.get(p.name)!.push(...global);
  return { twin: loadTwin(program), nss, diagnostics };
}

export function formatDiagnostics(list: Diagnostic[]): string {
  return list.map((d) => `${d.file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`).join("\n");
}

/** Resource name of a module (what the transpiler names its .nss). */
export function resourceName(module: string): string {
  return basename(module).replace(/\.ts$/, "");
}

/** The twin: the program's entry point under Node, in a fresh world. */
export async function runTwin(batch: Batch, program: DiffProgram, seed: number): Promise<Transcript> {
  const world = new World({ seed });
  // Installed before the import: module-level initialisers run when the module loads.
  installEngine(world);
  // The entry point starts the script's globals inside the run, with its OBJECT_SELF, as the game does.
  const entry = await batch.twin.entryPoint(program.entry);
  return runInWorld(world, () => entry());
}

let langspec: Langspec | undefined;

/** The emitted NWScript of the program, each file checked by the NWScript front end. */
export function checkEmitted(batch: Batch, program: DiffProgram): { program?: CheckedProgram; diagnostics: NssDiagnostic[]; text: string } {
  langspec ??= loadLangspec();
  const readInclude = (name: string) => batch.nss.get(name.toLowerCase())?.text;
  const diagnostics: NssDiagnostic[] = [];
  let checked: CheckedProgram | undefined;
  let text = "";
  for (const m of program.modules) {
    const file = batch.nss.get(resourceName(m));
    if (!file) {
      diagnostics.push({ file: m, line: 0, message: "the transpiler emitted no file for this module" });
      continue;
    }
    const isEntry = m === program.entry;
    const result = checkSource(file.text, `${file.name}.nss`, { langspec, readInclude, asInclude: !isEntry });
    diagnostics.push(...result.diagnostics);
    if (isEntry) {
      checked = result.program;
      text = file.text;
    }
  }
  return { program: diagnostics.length === 0 ? checked : undefined, diagnostics, text };
}

/** The NWScript side: the checked script in the reference interpreter, in a fresh world. */
export function runNwscript(checked: CheckedProgram, seed: number): Transcript {
  const world = new World({ seed });
  return runInWorld(world, () => interpret(checked, world).returnValue);
}

/**
 * The entry point, then every queued command, the way the conformance corpus ran
 * (World.runMain); a StartingConditional's result is noted after what it printed. A script error
 * stops the entry point (the commands it queued still run) or one queued command; each is noted
 * by the kind of error, which both sides must agree on, not by its message, which may differ.
 */
function runInWorld(world: World, entry: () => unknown): Transcript {
  const stops: string[] = [];
  let result: unknown;
  try {
    world.runMain(() => {
      result = entry();
    });
    if (result !== undefined) stops.push(`=> StartingConditional returned ${String(result)}`);
  } catch (error) {
    stops.push(`!! main stopped: ${errorKind(error)}`);
    world.runUntilIdle();
  }
  for (const f of world.scriptFailures) stops.push(`!! a queued command stopped at ${f.timeMs} ms: ${errorKind(f.error)}`);
  return [...world.printed, ...stops];
}

function errorKind(error: unknown): string {
  if (error instanceof Error) return error.constructor.name;
  return String(error);
}

/** A single-module program at `path` (for generated programs). */
export function programAt(path: string): DiffProgram {
  return { name: resourceName(path), entry: path, modules: [path], about: firstComment(path) };
}

/** Both paths of one compiled program; `failure` says what went wrong, if anything did. */
export interface Comparison {
  twin: Transcript;
  nss: Transcript;
  failure?: string;
  /** The emitted NWScript of the script (empty when the transpiler rejected the program). */
  nssText: string;
}

/** Runs a program of a batch both ways and says whether it passes the differential check. */
export async function compare(batch: Batch, program: DiffProgram, seed: number): Promise<Comparison> {
  const diagnostics = batch.diagnostics.get(program.name) ?? [];
  if (diagnostics.length > 0) return { twin: [], nss: [], nssText: "", failure: `the transpiler rejects it:\n${formatDiagnostics(diagnostics)}` };
  const checked = checkEmitted(batch, program);
  if (!checked.program) {
    const list = checked.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n");
    return { twin: [], nss: [], nssText: checked.text, failure: `the emitted NWScript fails the front end:\n${list}` };
  }
  const twin = await runTwin(batch, program, seed);
  const nss = runNwscript(checked.program, seed);
  let failure: string | undefined;
  if (twin.length === 0) failure = "the program printed nothing";
  else if (JSON.stringify(twin) !== JSON.stringify(nss)) failure = "the twin and the NWScript print different lines";
  return { twin, nss, nssText: checked.text, failure };
}
