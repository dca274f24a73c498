// Loads compiled twin modules into Node: writes them to a fresh temporary folder (so every load
// gets new module instances and fresh globals) and imports the entry points.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileTwin, type TwinProgram } from "./compile.js";
import type { TwinSettings } from "./project-settings.js";
import { forgetModules, resetGlobals, setDeferredInit } from "./runtime.js";

export interface LoadedTwin {
  program: TwinProgram;
  /** Imports a module of the program by its source path (its globals are not initialised yet). */
  importModule(source: string): Promise<Record<string, unknown>>;
  /**
   * A script's entry point (main or StartingConditional) as one script run: the globals of the
   * script and its includes start from their initial values, then the entry point runs.
   */
  entryPoint(source: string): Promise<() => unknown>;
}

/**
 * Compiles `entries` (and what they import) with the given build settings (see twinSettings);
 * fails with the diagnostics, or the settings' errors, if the build has any.
 */
export function compileTwinOrThrow(entries: string[], settings?: TwinSettings): TwinProgram {
  const program = compileTwin(entries, { importExtension: ".mjs", constants: settings?.constants });
  const lines = [...(settings?.errorsOf(program) ?? []), ...program.build.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`)];
  if (lines.length > 0) throw new TwinCompileError(lines);
  return program;
}

export class TwinCompileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

export function loadTwin(program: TwinProgram): LoadedTwin {
  const dir = mkdtempSync(join(tmpdir(), "npc-twin-"));
  const paths = new Map<string, string>();
  for (const m of program.modules) {
    const file = join(dir, `${m.id}.mjs`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, m.js);
    paths.set(m.source, file);
  }
  forgetModules();
  setDeferredInit(true);
  const importModule = async (source: string) => {
    const file = paths.get(source);
    if (!file) throw new Error(`${source} is not a module of this twin program`);
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  };
  return {
    program,
    importModule,
    entryPoint: async (source) => {
      const mod = await importModule(source);
      const entry = mod.main ?? mod.StartingConditional;
      if (typeof entry !== "function") throw new Error(`${source} has no main or StartingConditional`);
      const ids = new Set(program.closure.get(source) ?? []);
      return () => {
        resetGlobals(ids);
        return entry();
      };
    },
  };
}
