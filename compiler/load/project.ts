// Stage 1: load a TypeScript program — from a tsconfig, or from loose files with the engine
// declarations supplied — and pick the modules that become NWScript files.
//
// The program is built with the compiler API directly (ts-morph's bundled TypeScript) rather
// than a ts-morph Project: a Project parses every file with JSDoc and parent pointers up front,
// which measured 1.3 s extra per build on this repository. Parsed files are kept between
// builds, so `watch` re-parses only what changed and TypeScript reuses the rest of the program.
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, resolve } from "node:path";
import { ts } from "#ts-morph";
import { engineDeclarationFiles } from "./paths.js";

/** Compiler options for loose files: the same as the repository's own tsconfig. */
const STANDALONE_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

export class LoadedProgram {
  private program?: ts.Program;
  private readonly files = new Map<string, ts.SourceFile>();
  private readonly host: ts.CompilerHost;
  private rootNames: string[] = [];
  private options: ts.CompilerOptions = {};

  constructor(
    /** tsconfig.json, or undefined for loose files. */
    private readonly tsconfigPath: string | undefined,
    /** Loose files (absolute), when there is no tsconfig. */
    readonly explicit: Set<string> | undefined,
    /** Folder whose modules are transpiled (absolute); undefined = every module. */
    readonly rootDir: string | undefined,
    /** Paths in generated headers are relative to this folder. */
    readonly baseDir: string,
  ) {
    this.host = ts.createCompilerHost({});
    // ts-morph's bundled compiler ships no lib.*.d.ts; take them from the pinned typescript package.
    const libDir = dirname(createRequire(import.meta.url).resolve("typescript/lib/lib.d.ts"));
    this.host.getDefaultLibLocation = () => libDir;
    this.host.getDefaultLibFileName = (options) => resolve(libDir, ts.getDefaultLibFileName(options));
    // Like tsc: JSDoc is parsed only where types need it.
    this.host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
    const read = this.host.getSourceFile.bind(this.host);
    this.host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const key = resolve(fileName);
      const shared = key.endsWith(".d.ts") ? sharedDeclaration(key, languageVersion, () => read(fileName, languageVersion, onError)) : undefined;
      if (shared) return shared;
      let sf = this.files.get(key);
      if (!sf || shouldCreate) {
        sf = read(fileName, languageVersion, onError, shouldCreate);
        if (sf) this.files.set(key, sf);
      }
      return sf;
    };
    this.configure();
  }

  /** Reads the file list and options again (tsconfig include patterns may match new files). */
  private configure(): void {
    if (this.tsconfigPath) {
      const parsed = ts.getParsedCommandLineOfConfigFile(this.tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      if (!parsed) throw new Error(`cannot read ${this.tsconfigPath}`);
      this.options = { ...parsed.options, noEmit: true };
      this.rootNames = parsed.fileNames.map((f) => resolve(f));
    } else {
      this.options = STANDALONE_OPTIONS;
      this.rootNames = [...this.explicit!];
    }
    // A project that already holds its own copy of the engine declarations keeps it.
    const have = new Set(this.rootNames.map((f) => basename(f)));
    for (const file of engineDeclarationFiles()) if (!have.has(basename(file))) this.rootNames.push(file);
  }

  /** Forgets the parsed form of changed files; the next program reads them again. */
  invalidate(paths: string[]): void {
    for (const p of paths) this.files.delete(resolve(p));
    this.configure();
    this.program = undefined;
  }

  getProgram(): ts.Program {
    this.program ??= ts.createProgram({ rootNames: this.rootNames, options: this.options, host: this.host, oldProgram: this.lastProgram });
    this.lastProgram = this.program;
    return this.program;
  }

  private lastProgram?: ts.Program;
}

/**
 * Declaration files (lib.*.d.ts, the 15,000-line engine declarations) parsed once per process and
 * shared by every program, as TypeScript's language service shares documents: tests and the twin
 * open many small programs. A file is parsed again when its modification time changes.
 */
const declarations = new Map<string, { mtimeMs: number; sf: ts.SourceFile }>();

function sharedDeclaration(path: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions, parse: () => ts.SourceFile | undefined): ts.SourceFile | undefined {
  if (!existsSync(path)) return undefined;
  const mtimeMs = statSync(path).mtimeMs;
  const key = `${path}|${JSON.stringify(languageVersion)}`;
  const hit = declarations.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.sf;
  const sf = parse();
  if (sf) declarations.set(key, { mtimeMs, sf });
  return sf;
}

export function loadTsconfig(tsconfigPath: string, rootDir?: string): LoadedProgram {
  const path = resolve(tsconfigPath);
  if (!existsSync(path)) throw new Error(`cannot find ${tsconfigPath}`);
  return new LoadedProgram(path, undefined, rootDir ? resolve(rootDir) : undefined, dirname(path));
}

export function loadFiles(paths: string[]): LoadedProgram {
  const explicit = new Set(paths.map((p) => resolve(p)));
  return new LoadedProgram(undefined, explicit, undefined, commonDir([...explicit]));
}

/** The modules to transpile, sorted by path so output order never depends on discovery order. */
export function modulesToEmit(loaded: LoadedProgram, program: ts.Program): ts.SourceFile[] {
  const root = loaded.rootDir ? loaded.rootDir.replace(/\\/g, "/").replace(/\/$/, "") + "/" : undefined;
  const explicit = loaded.explicit && new Set([...loaded.explicit].map((p) => p.replace(/\\/g, "/")));
  return program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !program.isSourceFileFromExternalLibrary(sf) && !sf.fileName.includes("/node_modules/"))
    .filter((sf) => (explicit ? explicit.has(sf.fileName) : !root || sf.fileName.startsWith(root)))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
}

/** Is this one of the engine declaration files (nwscript.d.ts / types.d.ts)? */
export function isEngineFile(sf: ts.SourceFile): boolean {
  const name = basename(sf.fileName);
  return sf.isDeclarationFile && (name === "nwscript.d.ts" || name === "types.d.ts");
}

function commonDir(files: string[]): string {
  let dir = files.length ? dirname(files[0]) : process.cwd();
  while (!files.every((f) => f.startsWith(dir.endsWith("/") ? dir : dir + "/"))) dir = dirname(dir);
  return dir;
}
