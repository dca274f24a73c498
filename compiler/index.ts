// Entry points of the transpiler: load → check subset → lower → print, for a tsconfig project
// or for loose files. A session keeps the TypeScript project so `watch` can rebuild quickly.
import { resolve } from "node:path";
import { ts } from "#ts-morph";
import type { BuildResult, ConstantError, ConstantValue, Diagnostic, EmittedFile, ProjectOptions } from "./api.js";
import { checkSubset, isReExport } from "./check/subset.js";
import { assembleFile } from "./emit/file.js";
import { isEngineFile, loadFiles, loadTsconfig, modulesToEmit, type LoadedProgram } from "./load/project.js";
import { displayPath } from "./load/paths.js";
import { DiagnosticSink, ProgramContext, type TwinHooks } from "./lower/context.js";
import { NWSCRIPT_KEYWORDS } from "./lower/names.js";
import { ConstantOverrides } from "./lower/overrides.js";
import { collectModules, lowerModule, type CollectedModule } from "./lower/visitors/modules.js";
import { printFile } from "./nwscript/printer.js";
import { floatText } from "./lower/types.js";

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
  return new Session(loadTsconfig(options.tsconfigPath, options.rootDir), { constants: options.constants });
}

/** Standalone modules anywhere on disk; the engine declarations are supplied, no tsconfig needed. */
export function openFiles(paths: string[]): BuildSession {
  return new Session(loadFiles(paths));
}

interface ModuleResult {
  diagnostics: Diagnostic[];
  file?: EmittedFile;
}

class Session implements BuildSession {
  /** Per-module results of the last build; `update` recomputes only what a change can affect. */
  private cache = new Map<string, ModuleResult>();

  constructor(
    private readonly loaded: LoadedProgram,
    private readonly options: TranspileOptions = {},
  ) {}

  build(): BuildResult {
    this.cache.clear();
    const { files, diagnostics, constantErrors } = transpileProgram(this.loaded, this.cache, undefined, undefined, this.options);
    return constantErrors ? { files, diagnostics, constantErrors } : { files, diagnostics };
  }

  update(changedPaths: string[]): BuildResult {
    const changed = new Set(changedPaths.map((p) => resolve(p).replace(/\\/g, "/")));
    this.loaded.invalidate([...changed]);
    const { files, diagnostics, constantErrors } = transpileProgram(this.loaded, this.cache, changed, undefined, this.options);
    return constantErrors ? { files, diagnostics, constantErrors } : { files, diagnostics };
  }
}

/**
 * Type-checks, checks the subset, lowers and prints. With `changed`, modules that neither changed
 * nor import (transitively) a changed module keep their cached result.
 */
export interface TranspileOptions {
  /** Const values set from build configuration (ProjectOptions.constants). */
  constants?: Readonly<Record<string, ConstantValue>>;
  /** The program is part of a project (the twin's): a setting whose const is absent is ignored. */
  partial?: boolean;
}

export function transpileProgram(loaded: LoadedProgram, cache = new Map<string, ModuleResult>(), changed?: Set<string>, twin?: TwinHooks, options: TranspileOptions = {}): BuildResult & { context: ProgramContext } {
  const program = loaded.getProgram();
  const checker = program.getTypeChecker();
  const modules = modulesToEmit(loaded, program);
  const sink = new DiagnosticSink();
  const ctx = new ProgramContext(checker, sink, (n) => isEngineFile(n.getSourceFile()), reservedNames(program));
  ctx.twin = twin;
  const settings = Object.entries(options.constants ?? {});
  if (settings.length > 0) ctx.overrides = new ConstantOverrides(new Map(settings), options.partial ?? false);
  const global = globalDiagnostics(program);
  const collected = collectModules(ctx, modules);
  const tables = sink.list.splice(0); // collection diagnostics: recomputed on every build
  const affected = changed && affectedModules(ctx, modules, changed);
  const files: EmittedFile[] = [];
  const diagnostics: Diagnostic[] = [...global, ...tables];
  const live = new Set<string>();
  for (const m of collected) {
    live.add(m.sf.fileName);
    let result = affected && !affected.has(m.sf.fileName) ? cache.get(m.sf.fileName) : undefined;
    if (!result) {
      result = transpileModule(program, ctx, m, loaded.baseDir);
      cache.set(m.sf.fileName, result);
    }
    diagnostics.push(...result.diagnostics);
    if (result.file && !tables.some((d) => d.file === displayPath(m.sf.fileName))) files.push(result.file);
  }
  for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
  const constantErrors = firstPerSetting(ctx.overrides?.errors ?? []);
  if (constantErrors.length > 0) return { files, diagnostics: sortDiagnostics(diagnostics), constantErrors, context: ctx };
  return { files, diagnostics: sortDiagnostics(diagnostics), context: ctx };
}

function transpileModule(program: ts.Program, ctx: ProgramContext, m: CollectedModule, baseDir: string): ModuleResult {
  const sink = ctx.diagnostics;
  const diagnostics = typescriptDiagnostics(program, m.sf);
  checkSubset(m.sf, sink);
  const items = lowerModule(ctx, m);
  // Where TypeScript already rejects the types, NWScript typing errors (NPC2xxx) would repeat it.
  const ours = sink.list.splice(0);
  diagnostics.push(...(diagnostics.length > 0 ? ours.filter((d) => !/^NPC2\d{3}$/.test(d.code)) : ours));
  if (diagnostics.length > 0) return { diagnostics };
  const source = displayPath(m.sf.fileName, baseDir);
  const file = assembleFile(source, items);
  file.header.push(...settingsNote(ctx, m.sf));
  return { diagnostics, file: { name: m.name, source, kind: m.kind, text: printFile(file) } };
}

/** Header lines naming the consts of a module whose values come from build configuration. */
function settingsNote(ctx: ProgramContext, sf: ts.SourceFile): string[] {
  const set = [...(ctx.overrides?.applied.values() ?? [])].filter((a) => a.declaration.getSourceFile() === sf);
  if (set.length === 0) return [];
  const shown = set.map((a) => `${a.name} = ${a.value.type === "string" ? JSON.stringify(a.value.value) : a.value.type === "float" ? floatText(a.value.value) : a.value.value}`);
  return [`Set from build configuration (npcBuild.constants): ${shown.join(", ")}.`];
}

/** One error per setting: the first found (later ones usually follow from it). */
function firstPerSetting(errors: ConstantError[]): ConstantError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.name) && seen.add(e.name));
}

/** Changed modules and every module that imports one of them, directly or not. */
function affectedModules(ctx: ProgramContext, modules: ts.SourceFile[], changed: Set<string>): Set<string> | undefined {
  const names = new Set(modules.map((m) => m.fileName));
  // A change outside the modules (a shared .d.ts, tsconfig) can affect anything.
  if ([...changed].some((c) => !names.has(c))) return undefined;
  const importers = new Map<string, string[]>();
  for (const m of modules) {
    for (const st of m.statements) {
      if (!ts.isImportDeclaration(st) && !isReExport(st)) continue;
      const target = ctx.checker.getSymbolAtLocation(st.moduleSpecifier!)?.valueDeclaration;
      if (target && ts.isSourceFile(target)) importers.set(target.fileName, [...(importers.get(target.fileName) ?? []), m.fileName]);
    }
  }
  const out = new Set<string>();
  const visit = (f: string) => {
    if (out.has(f)) return;
    out.add(f);
    (importers.get(f) ?? []).forEach(visit);
  };
  changed.forEach(visit);
  return out;
}

function globalDiagnostics(program: ts.Program): Diagnostic[] {
  return [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => toDiagnostic(d));
}

function typescriptDiagnostics(program: ts.Program, sf: ts.SourceFile): Diagnostic[] {
  return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map(toDiagnostic);
}

function toDiagnostic(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0];
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: displayPath(d.file.fileName), line: line + 1, col: character + 1, code: `TS${d.code}`, message };
  }
  return { file: "tsconfig.json", line: 1, col: 1, code: `TS${d.code}`, message };
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
