// Compiles subset modules for the twin: the transpiler lowers them (reporting the same diagnostics
// a build would, and telling the twin every expression's NWScript type), then each module is
// rewritten to JavaScript with NWScript semantics.
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildResult, ConstantValue } from "../../../compiler/api.js";
import { transpileProgram } from "../../../compiler/index.js";
import { isEngineFile, loadFiles } from "../../../compiler/load/project.js";
import { FactCollector } from "./facts.js";
import { transformModule } from "./transform.js";

export interface TwinModule {
  /** Absolute path of the TypeScript module. */
  source: string;
  /** Path relative to the program's common folder, without extension (also its module id). */
  id: string;
  js: string;
}

export interface TwinProgram {
  modules: TwinModule[];
  /** Module source → ids of the module and of everything it includes (its script's globals). */
  closure: Map<string, string[]>;
  /** The transpiler's result for the same modules (its diagnostics apply to the twin too). */
  build: BuildResult;
}

/** The runtime module's URL: the TypeScript source under vitest, the compiled file from dist/. */
export function runtimeUrl(): string {
  const ts = new URL("./runtime.ts", import.meta.url);
  return existsSync(fileURLToPath(ts)) ? ts.href : new URL("./runtime.js", import.meta.url).href;
}

/** `entries` and every subset module they import, compiled together. */
export function compileTwin(entries: string[], options: { importExtension?: string; runtime?: string; constants?: Readonly<Record<string, ConstantValue>> } = {}): TwinProgram {
  // First load to find the imported modules, then compile them all as explicit modules.
  const first = loadFiles(entries);
  const all = first.getProgram().getSourceFiles().filter((sf) => !sf.isDeclarationFile && !isEngineFile(sf) && !sf.fileName.includes("/node_modules/")).map((sf) => sf.fileName);
  const loaded = loadFiles(all);
  const facts = new FactCollector();
  // Build settings apply as in a project build; consts of modules outside this program are not an error.
  const result = transpileProgram(loaded, new Map(), undefined, facts, { constants: options.constants, partial: true });
  const structs = new Map<string, { name: string; type: string }[]>();
  for (const [type, info] of result.context.structsByType) structs.set(type.slice(7), [...info.fields.entries()].map(([name, fl]) => ({ name, type: fl.type })));
  const program = loaded.getProgram();
  const modules: TwinModule[] = [];
  for (const file of all) {
    const sf = program.getSourceFile(file)!;
    const id = relative(loaded.baseDir, file).replace(/\\/g, "/").replace(/\.ts$/, "");
    const empty = { types: new Map(), declarations: new Map(), locals: new Set<string>() };
    const js = transformModule(sf.text, file, {
      facts: facts.byFile.get(sf.fileName) ?? empty,
      structs,
      runtime: options.runtime ?? runtimeUrl(),
      moduleId: id,
      importExtension: options.importExtension,
    });
    modules.push({ source: file, id, js });
  }
  const build: BuildResult = { files: result.files, diagnostics: result.diagnostics };
  if (result.constantErrors) build.constantErrors = result.constantErrors;
  return { modules, closure: includeClosures(program, modules), build };
}

/** For each module, its id and the ids of the modules it imports or re-exports, transitively. */
function includeClosures(program: import("#ts-morph").ts.Program, modules: TwinModule[]): Map<string, string[]> {
  const byFile = new Map(modules.map((m) => [m.source, m]));
  const direct = new Map<string, string[]>();
  for (const m of modules) {
    const sf = program.getSourceFile(m.source)!;
    const targets: string[] = [];
    for (const st of sf.statements) {
      const spec = (st as { moduleSpecifier?: { text?: string } }).moduleSpecifier?.text;
      if (!spec || !spec.startsWith(".")) continue;
      const target = resolve(dirname(m.source), spec.replace(/\.[cm]?[jt]s$/, "") + ".ts");
      if (byFile.has(target)) targets.push(target);
    }
    direct.set(m.source, targets);
  }
  const out = new Map<string, string[]>();
  for (const m of modules) {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      (direct.get(f) ?? []).forEach(visit);
    };
    visit(m.source);
    out.set(m.source, [...seen].map((f) => byFile.get(f)!.id));
  }
  return out;
}
