// `npc-build build`: transpile the project and write its .nss files.
import { openProject } from "../../index.js";
import { applyBuildResult } from "../apply-build.js";
import { compileWithOfficialCompiler } from "../compile-step.js";
import { loadProjectConfig, type ProjectFlags, projectOptions, throwConstantErrors } from "../config.js";
import { ExitCode } from "../errors.js";
import { selfCheck } from "../self-check.js";
import type { CliIO } from "../io.js";

export async function buildCommand(io: CliIO, flags: ProjectFlags): Promise<ExitCode> {
  const config = loadProjectConfig(io, flags);
  const result = openProject(projectOptions(config)).build();
  throwConstantErrors(config, result);
  const applied = applyBuildResult(io, result, { outDir: config.outDir, removeStale: true });
  io.stdout(`npc-build: ${applied.summary}\n`);
  let exitCode: ExitCode = result.diagnostics.length > 0 ? ExitCode.diagnostics : ExitCode.ok;
  if (selfCheck(io, result.files, config.outDir) > 0) exitCode = ExitCode.diagnostics;
  if (config.compile) {
    const errors = await compileWithOfficialCompiler(io, {
      configured: config.nwscriptCompiler,
      outDir: config.outDir,
      files: applied.write.paths,
    });
    if (errors > 0) exitCode = ExitCode.diagnostics;
  }
  return exitCode;
}
