// Merges tsconfig.json's "npcBuild" block with the command-line flags (flags win).
import path from "node:path";
import type { BuildResult, ConstantValue, ProjectOptions } from "../index.js";
import { UsageError } from "./errors.js";
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
  /** "npcBuild.constants": const name → value and the location of its key (empty when not set). */
  constants: Map<string, { value: ConstantValue; where: string }>;
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
    constants: block.constants ?? new Map(),
  };
}

export function projectOptions(config: ProjectConfig): ProjectOptions {
  const options: ProjectOptions = { tsconfigPath: config.tsconfigPath };
  if (config.rootDir !== undefined) options.rootDir = config.rootDir;
  if (config.constants.size > 0) options.constants = constantValues(config.constants);
  return options;
}

export function constantValues(settings: ProjectConfig["constants"]): Record<string, ConstantValue> {
  return Object.fromEntries([...settings].map(([name, s]) => [name, s.value]));
}

/** The build's problems with "npcBuild.constants", each at its key in tsconfig.json, in file order. */
export function constantErrorLines(settings: ProjectConfig["constants"], result: Pick<BuildResult, "constantErrors">): string[] {
  const names = [...settings.keys()];
  const errors = [...(result.constantErrors ?? [])].sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
  return errors.map((e) => `${settings.get(e.name)?.where ?? "npcBuild.constants"}: ${e.message}`);
}

/** A bad "npcBuild.constants" setting is bad configuration: the first one, before anything is written. */
export function throwConstantErrors(config: ProjectConfig, result: BuildResult): void {
  const lines = constantErrorLines(config.constants, result);
  if (lines.length > 0) throw new UsageError(lines[0]!);
}
