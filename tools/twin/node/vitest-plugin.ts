// A Vite/Vitest plugin: subset modules imported by tests run through the twin transform, so a
// unit test of runtime-ts code computes what the NWScript would (32-bit ints, struct copies,
// actions against saved globals…). One compilation covers every module under the roots and is
// redone when any of them (or the tsconfig holding the build settings) changes.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileTwin, type TwinProgram } from "./compile.js";
import { twinSettings } from "./project-settings.js";

export interface TwinPluginOptions {
  /** Folders whose .ts modules (not .d.ts) are subset modules. */
  roots: string[];
  /**
   * The tsconfig whose "npcBuild.constants" apply (as in `npc-build build`); default
   * tsconfig.json in the working directory, if there is one.
   */
  project?: string;
}

export function twinPlugin(options: TwinPluginOptions) {
  const roots = options.roots.map((r) => resolve(r).replace(/\\/g, "/") + "/");
  let compiled: { key: string; program: TwinProgram } | undefined;

  const modulesUnder = (): string[] => roots.flatMap((r) => listTs(r));
  const tsconfig = resolve(options.project ?? "tsconfig.json");
  const compile = (): TwinProgram => {
    const files = modulesUnder();
    const inputs = existsSync(tsconfig) ? [...files, tsconfig] : files;
    const key = inputs.map((f) => `${f}:${statSync(f).mtimeMs}:${statSync(f).size}`).join("|");
    if (compiled?.key !== key) {
      const settings = twinSettings(options.project);
      const program = compileTwin(files, { constants: settings.constants });
      const errors = settings.errorsOf(program);
      if (errors.length > 0) throw new Error(errors.join("\n"));
      compiled = { key, program };
    }
    return compiled.program;
  };

  return {
    name: "npc-build-twin",
    enforce: "pre" as const,
    transform(_code: string, id: string) {
      const file = id.split("?")[0].replace(/\\/g, "/");
      if (!file.endsWith(".ts") || file.endsWith(".d.ts") || !roots.some((r) => file.startsWith(r))) return undefined;
      const program = compile();
      const errors = program.build.diagnostics.filter((d) => resolve(d.file).replace(/\\/g, "/") === file);
      if (errors.length > 0) throw new Error(errors.map((d) => `${d.file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`).join("\n"));
      const m = program.modules.find((x) => x.source === file);
      return m ? { code: m.js, map: null } : undefined;
    },
  };
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p.replace(/\\/g, "/"));
  }
  return out;
}

