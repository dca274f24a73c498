// Stage 1: load a TypeScript program — from a tsconfig, or from loose files with the engine
// declarations supplied — and pick the modules that become NWScript files.
import { basename, dirname, resolve } from "node:path";
import { Project, ts } from "ts-morph";
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

export interface LoadedProgram {
  project: Project;
  /** Folder whose modules are transpiled (absolute); undefined = every module. */
  rootDir?: string;
  /** Explicit module list (standalone mode); undefined = every non-declaration file under rootDir. */
  explicit?: Set<string>;
  /** Paths in generated headers are relative to this folder (the tsconfig's, or the files' common one). */
  baseDir: string;
}

export function loadTsconfig(tsconfigPath: string, rootDir?: string): LoadedProgram {
  const project = new Project({ tsConfigFilePath: tsconfigPath });
  addEngineDeclarationsIfMissing(project);
  return { project, rootDir: rootDir ? resolve(rootDir) : undefined, baseDir: dirname(resolve(tsconfigPath)) };
}

export function loadFiles(paths: string[]): LoadedProgram {
  const project = new Project({ compilerOptions: STANDALONE_OPTIONS, skipAddingFilesFromTsConfig: true });
  const explicit = new Set<string>();
  for (const p of paths) explicit.add(project.addSourceFileAtPath(resolve(p)).getFilePath());
  project.resolveSourceFileDependencies();
  addEngineDeclarationsIfMissing(project);
  return { project, explicit, baseDir: commonDir([...explicit]) };
}

/** A project that already holds its own copy of the declarations keeps it. */
function addEngineDeclarationsIfMissing(project: Project): void {
  const have = new Set(project.getSourceFiles().map((f) => basename(f.getFilePath())));
  for (const file of engineDeclarationFiles()) {
    if (!have.has(basename(file))) project.addSourceFileAtPath(file);
  }
}

/** The modules to transpile, sorted by path so output order never depends on discovery order. */
export function modulesToEmit(loaded: LoadedProgram): ts.SourceFile[] {
  const root = loaded.rootDir ? loaded.rootDir.replace(/\\/g, "/").replace(/\/$/, "") + "/" : undefined;
  return loaded.project
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile() && !sf.isInNodeModules())
    .filter((sf) => (loaded.explicit ? loaded.explicit.has(sf.getFilePath()) : !root || sf.getFilePath().startsWith(root)))
    .map((sf) => sf.compilerNode)
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
