// The build settings the twin shares with `npc-build build`: "npcBuild.constants" of a tsconfig,
// so code run on the twin (vitest, `npc-build run`, `npc-build sim`) sees the same tunables as
// the NWScript the server runs.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ConstantValue } from "../../../compiler/api.js";
import { constantErrorLines, constantValues } from "../../../compiler/cli/config.js";
import { type CliIO, processIO } from "../../../compiler/cli/io.js";
import { readNpcBuildBlock } from "../../../compiler/cli/npcbuild-block.js";
import { readTsconfig } from "../../../compiler/cli/tsconfig-file.js";
import type { TwinProgram } from "./compile.js";

export interface TwinSettings {
  /** Const name → configured value (what compileTwin takes). */
  constants: Record<string, ConstantValue>;
  /** Lines naming each of the program's problems with the settings at its key in the tsconfig. */
  errorsOf(program: TwinProgram): string[];
}

const NONE: TwinSettings = { constants: {}, errorsOf: () => [] };

/**
 * Settings of the tsconfig at `tsconfigPath` (default: tsconfig.json in the working directory,
 * and none if there is no such file). A malformed tsconfig or block throws UsageError.
 */
export function twinSettings(tsconfigPath?: string, io: CliIO = processIO()): TwinSettings {
  const file = resolve(io.cwd, tsconfigPath ?? "tsconfig.json");
  if (tsconfigPath === undefined && !existsSync(file)) return NONE;
  const block = readNpcBuildBlock(io, readTsconfig(io, file));
  const settings = block.constants ?? new Map();
  if (settings.size === 0) return NONE;
  return { constants: constantValues(settings), errorsOf: (program) => constantErrorLines(settings, program.build) };
}
