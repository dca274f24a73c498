// `npc-build check`: everything `build` does except writing files.
import { openProject } from "../../index.js";
import { loadProjectConfig, projectOptions, throwConstantErrors } from "../config.js";
import { ExitCode } from "../errors.js";
import type { CliIO } from "../io.js";
import { plural, printDiagnostics } from "../report.js";

export function checkCommand(io: CliIO, flags: { project?: string }): ExitCode {
  const config = loadProjectConfig(io, { project: flags.project });
  const result = openProject(projectOptions(config)).build();
  throwConstantErrors(config, result);
  printDiagnostics(io, result.diagnostics);
  const errors = result.diagnostics.length;
  const verdict = errors === 0 ? "no errors" : plural(errors, "error");
  io.stdout(`npc-build: ${verdict}; ${plural(result.files.length, "file")} would be written\n`);
  return errors > 0 ? ExitCode.diagnostics : ExitCode.ok;
}
