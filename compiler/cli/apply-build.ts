// One build result turned into files and messages; shared by build, transpile and watch.
import type { BuildResult } from "../index.js";
import { type CliIO, displayPath } from "./io.js";
import { writeEmittedFiles, type WriteReport } from "./output.js";
import { describeWrite, printDiagnostics } from "./report.js";

export interface AppliedBuild {
  write: WriteReport;
  /** The summary line without the `npc-build: ` prefix. */
  summary: string;
}

export interface ApplyOptions {
  outDir: string;
  /** Projects clean up their output folder; standalone transpiles never remove anything. */
  removeStale: boolean;
}

export function applyBuildResult(io: CliIO, result: BuildResult, options: ApplyOptions): AppliedBuild {
  printDiagnostics(io, result.diagnostics);
  const clean = result.diagnostics.length === 0;
  const write = writeEmittedFiles(options.outDir, result.files, { removeStale: options.removeStale && clean });
  for (const file of write.removed) io.stdout(`npc-build: removed stale ${displayPath(io, file)}\n`);
  const summary = describeWrite({
    errors: result.diagnostics.length,
    files: result.files.length,
    changed: write.changed,
    removed: write.removed.length,
    outDir: displayPath(io, options.outDir),
  });
  return { write, summary };
}
