// Entry points of the transpiler. (Being implemented: the signatures below are the contract.)
import type { BuildResult, ProjectOptions } from "./api.js";
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
  throw new Error(`not implemented yet: openProject(${options.tsconfigPath})`);
}

/** Standalone modules anywhere on disk; the engine declarations are supplied, no tsconfig needed. */
export function openFiles(paths: string[]): BuildSession {
  throw new Error(`not implemented yet: openFiles(${paths.join(", ")})`);
}
