// Merges tsconfig.json's "npcBuild" block with the command-line flags (flags win).
import path from "node:path";
import type { ProjectOptions } from "../index.js";
import type { CliIO } from "./io.js";
import { readNpcBuildBlock } from "./npcbuild-block.js";
import { readTsconfig } from "./tsconfig-file.js";

export const DEFAULT_PROJECT = "tsconfig.json";
export const DEFAULT_OUT_DIR = "nss-out";

/** Flags shared by build, check and watch; undefined means "not given". */
export interface ProjectFlags {
  project?: string;
  out?: string;
  compile?: boolean;
}

export interface ProjectConfig {
  /** Absolute path of the tsconfig.json. */
  tsconfigPath: string;
  /** Absolute; only modules under it are transpiled (undefined: every module of the project). */
  rootDir?: string;
  /** Absolute output folder for the .nss files. */
  outDir: string;
  compile: boolean;
  /** Absolute path of nwn_script_comp from the block, if set. */
  nwscriptCompiler?: string;
  /** Absolute paths of the project's root files, as tsc sees them. */
  fileNames: string[];
}

export function loadProjectConfig(io: CliIO, flags: ProjectFlags): ProjectConfig {
  const tsconfigPath = path.resolve(io.cwd, flags.project ?? DEFAULT_PROJECT);
  const tsconfig = readTsconfig(io, tsconfigPath);
  const block = readNpcBuildBlock(io, tsconfig);
  return {
    tsconfigPath,
    rootDir: block.rootDir,
    outDir: flags.out !== undefined ? path.resolve(io.cwd, flags.out) : (block.outDir ?? path.resolve(path.dirname(tsconfigPath), DEFAULT_OUT_DIR)),
    compile: flags.compile ?? block.compile ?? false,
    nwscriptCompiler: block.nwscriptCompiler,
    fileNames: tsconfig.parsed.fileNames.map((f) => path.resolve(f)),
  };
}

export function projectOptions(config: ProjectConfig): ProjectOptions {
  return config.rootDir === undefined
    ? { tsconfigPath: config.tsconfigPath }
    : { tsconfigPath: config.tsconfigPath, rootDir: config.rootDir };
}
