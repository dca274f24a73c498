// `npc-build transpile FILE.ts... --out DIR`: standalone modules, no tsconfig needed.
import { openFiles } from "../../index.js";
import { applyBuildResult } from "../apply-build.js";
import { compileWithOfficialCompiler } from "../compile-step.js";
import { ExitCode, UsageError } from "../errors.js";
import { selfCheck } from "../self-check.js";
import { isFile } from "../fs-util.js";
import { type CliIO, resolveFrom } from "../io.js";

export interface TranspileFlags {
  out: string;
  compile?: boolean;
}

export async function transpileCommand(io: CliIO, files: string[], flags: TranspileFlags): Promise<ExitCode> {
  const paths = files.map((file) => {
    const full = resolveFrom(io, file);
    if (!isFile(full)) throw new UsageError(`file not found: ${file}`);
    if (!full.endsWith(".ts") || full.endsWith(".d.ts")) throw new UsageError(`${file}: expected a .ts module`);
    return full;
  });
  const outDir = resolveFrom(io, flags.out);
  const result = openFiles(paths).build();
  const applied = applyBuildResult(io, result, { outDir, removeStale: false });
  io.stdout(`npc-build: ${applied.summary}\n`);
  let exitCode: ExitCode = result.diagnostics.length > 0 ? ExitCode.diagnostics : ExitCode.ok;
  if (selfCheck(io, result.files, outDir) > 0) exitCode = ExitCode.diagnostics;
  if (flags.compile) {
    const errors = await compileWithOfficialCompiler(io, { outDir, files: applied.write.paths });
    if (errors > 0) exitCode = ExitCode.diagnostics;
  }
  return exitCode;
}
