// `--compile`: hands the emitted files to the user's official compiler, if there is one.
import path from "node:path";
import type { CliIO } from "./io.js";
import { displayPath } from "./io.js";
import { COMPILER_NAME, findOfficialCompiler } from "./find-compiler.js";
import { plural } from "./report.js";
import { runOfficialCompiler } from "./run-compiler.js";

export interface CompileStepOptions {
  /** "npcBuild.nwscriptCompiler" from the project, if any. */
  configured?: string;
  /** Folder the emitted files were written to; errors are reported against files in it. */
  outDir: string;
  /** Absolute paths of the emitted files to compile. */
  files: readonly string[];
}

/** Returns the number of errors the official compiler reported (0 when there is no compiler). */
export async function compileWithOfficialCompiler(io: CliIO, options: CompileStepOptions): Promise<number> {
  const compiler = findOfficialCompiler(io, options.configured);
  if (!compiler) {
    io.stderr(
      `npc-build: no official compiler found (set NWN_SCRIPT_COMP, set "npcBuild.nwscriptCompiler" or put ${COMPILER_NAME} on PATH); skipping --compile\n`,
    );
    return 0;
  }
  if (options.files.length === 0) return 0;
  const run = await runOfficialCompiler(compiler.path, options.files, { cwd: options.outDir, env: io.env });
  const name = path.basename(compiler.path);
  for (const e of run.errors) {
    const file = displayPath(io, path.join(options.outDir, `${e.resref}.nss`));
    io.stderr(`${file}${e.line === undefined ? "" : `:${e.line}`} - error ${COMPILER_NAME}: ${e.message}\n`);
  }
  let errors = run.errors.length;
  if (run.exitCode !== 0 && errors === 0) {
    // It failed without an error we can place (no game install found, a crash): show what it said.
    for (const line of run.output.split(/\r?\n/).filter((l) => l.trim() !== "")) io.stderr(`${name}: ${line}\n`);
    io.stderr(`npc-build: ${name} failed with exit code ${run.exitCode}\n`);
    errors = 1;
  }
  const verdict = errors === 0 ? "no errors" : plural(errors, "error");
  io.stdout(`npc-build: ${name} compiled ${plural(options.files.length, "file")}: ${verdict}\n`);
  return errors;
}
