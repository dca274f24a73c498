// Entry points of the transpiler: load → check subset → lower → print, for a tsconfig project
// or for loose files. A session keeps the TypeScript project so `watch` can rebuild quickly.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ts } from "ts-morph";
import type { BuildResult, Diagnostic, EmittedFile, ProjectOptions } from "./api.js";
import { checkSubset } from "./check/subset.js";
import { assembleFile } from "./emit/file.js";
import { isEngineFile, loadFiles, loadTsconfig, modulesToEmit, type LoadedProgram } from "./load/project.js";
import { displayPath } from "./load/paths.js";
import { DiagnosticSink, ProgramContext } from "./lower/context.js";
import { NWSCRIPT_KEYWORDS } from "./lower/names.js";
import { collectModules, lowerModule } from "./lower/visitors/modules.js";
import { printFile } from "./nwscript/printer.js";

export * from "./api.js";

/** A loaded project that can be rebuilt after files change (used by build, check and watch). */
export interface BuildSession {
  /** Type-checks, checks the subset, lowers and prints every module. */
  build(): BuildResult;
  /** Re-reads the given files from disk (added, changed or deleted) and rebuilds. */
  update(changedPaths: string[]): BuildResult;
}

/** A project described by a tsconfig.json. */
export function openProject(options: ProjectOptions): BuildSession {
  return new Session(loadTsconfig(options.tsconfigPath, options.rootDir));
}

/** Standalone modules anywhere on disk; the engine declarations are supplied, no tsconfig needed. */
export function openFiles(paths: string[]): BuildSession {
  return new Session(loadFiles(paths));
}

class Session implements BuildSession {
  constructor(private readonly loaded: LoadedProgram) {}

  build(): BuildResult {
    return transpileProgram(this.loaded);
  }

  update(changedPaths: string[]): BuildResult {
    const project = this.loaded.project;
    for (const p of changedPaths.map((x) => resolve(x))) {
      const sf = project.getSourceFile(p);
      if (!existsSync(p)) {
        if (sf) project.removeSourceFile(sf);
      } else if (sf) {
        sf.refreshFromFileSystemSync();
      } else if (p.endsWith(".ts") && !p.endsWith(".d.ts") && (this.loaded.explicit?.has(p) || !this.loaded.explicit)) {
        project.addSourceFileAtPath(p);
      }
    }
    return this.build();
  }
}

export function transpileProgram(loaded: LoadedProgram): BuildResult {
  const program = loaded.project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const modules = modulesToEmit(loaded).map((m) => program.getSourceFile(m.fileName)!);
  const sink = new DiagnosticSink();
  const tsDiagnostics = typescriptDiagnostics(program, modules, sink);
  const ctx = new ProgramContext(checker, sink, (n) => isEngineFile(n.getSourceFile()), reservedNames(program));
  for (const sf of modules) checkSubset(sf, sink);
  const collected = collectModules(ctx, modules);
  const files: EmittedFile[] = [];
  for (const m of collected) {
    const items = lowerModule(ctx, m);
    if (sink.filesWithErrors.has(m.sf)) continue;
    const source = displayPath(m.sf.fileName, loaded.baseDir);
    files.push({ name: m.name, source, kind: m.kind, text: printFile(assembleFile(source, items)) });
  }
  return { files, diagnostics: sortDiagnostics([...tsDiagnostics, ...sink.list]) };
}

function typescriptDiagnostics(program: ts.Program, modules: ts.SourceFile[], sink: DiagnosticSink): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sf of modules) all.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  for (const d of all) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0];
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      out.push({ file: displayPath(d.file.fileName), line: line + 1, col: character + 1, code: `TS${d.code}`, message });
      sink.filesWithErrors.add(d.file);
    } else {
      out.push({ file: "tsconfig.json", line: 1, col: 1, code: `TS${d.code}`, message });
    }
  }
  return out;
}

const reservedCache = new WeakMap<ts.SourceFile, Set<string>>();

/** Keywords plus every engine function and constant name. */
function reservedNames(program: ts.Program): Set<string> {
  const names = new Set(NWSCRIPT_KEYWORDS);
  for (const sf of program.getSourceFiles()) {
    if (!isEngineFile(sf)) continue;
    let own = reservedCache.get(sf);
    if (!own) {
      own = new Set();
      for (const st of sf.statements) {
        if (ts.isFunctionDeclaration(st) && st.name) own.add(st.name.text);
        if (ts.isVariableStatement(st)) st.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && own!.add(d.name.text));
      }
      reservedCache.set(sf, own);
    }
    own.forEach((n) => names.add(n));
  }
  return names;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
}
