// Runs nwn_script_comp over emitted files and maps its errors back to them.
//
// Command line (neverwinter.nim nwn_script_comp.nim usage `[options] -c <spec>...`): `-c` takes
// several files or folders, `-y` keeps going after a failing file so every error is reported,
// and without `-d` the .ncs of each file is written next to it (into the output folder). Include
// files are looked up in the folder of the file being compiled, which is where npc-build puts
// them; files without main/StartingConditional are reported as skipped, not as errors.
import { spawn } from "node:child_process";
import path from "node:path";
import { type OfficialError, parseCompilerOutput } from "./compiler-output.js";
import { UsageError } from "./errors.js";

export interface CompilerRun {
  exitCode: number;
  errors: OfficialError[];
  /** Everything it printed (stdout then stderr), for when it fails without a recognisable error. */
  output: string;
}

export async function runOfficialCompiler(
  compilerPath: string,
  files: readonly string[],
  where: { cwd: string; env: Record<string, string | undefined> },
): Promise<CompilerRun> {
  const args = ["-c", "-y", ...files];
  const { code, stdout, stderr } = await spawnCollect(compilerPath, args, where.cwd, where.env);
  const output = stdout + stderr;
  return { exitCode: code, errors: parseCompilerOutput(output), output };
}

function spawnCollect(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => reject(new UsageError(`could not run ${path.basename(file)} (${file}): ${error.message}`)));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}
