// `npc-build nss-check FILE.nss... [-I DIR]...`: checks NWScript files the way the official compiler would.
import fs from "node:fs";
import path from "node:path";
import { checkFile } from "../../../tools/nwscript/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { isDirectory, isFile } from "../fs-util.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";
import { plural } from "../report.js";

/**
 * A cheap look for an entry point (a typed `main(` or `StartingConditional(`, whatever the return
 * type, so a wrong signature is still checked as a script); a file without one is an include.
 */
const ENTRY_POINT = /\b[A-Za-z_]\w*\s+(?:main|StartingConditional)\s*\(/;

export function nssCheckCommand(io: CliIO, files: string[], flags: { include: string[] }): ExitCode {
  const paths = files.map((file) => {
    const full = resolveFrom(io, file);
    if (!isFile(full)) throw new UsageError(`file not found: ${file}`);
    return full;
  });
  const includeDirs = flags.include.map((dir) => {
    const full = resolveFrom(io, dir);
    if (!isDirectory(full)) throw new UsageError(`include folder not found: ${dir}`);
    return full;
  });
  let errors = 0;
  let failedFiles = 0;
  for (const file of paths) {
    const asInclude = !ENTRY_POINT.test(fs.readFileSync(file, "utf8"));
    const { diagnostics } = checkFile(file, { includeDirs, asInclude });
    for (const d of diagnostics) {
      const shown = path.isAbsolute(d.file) ? displayPath(io, d.file) : d.file;
      // Line 0: the official compiler names no line (for example a missing main).
      io.stderr(`${shown}${d.line > 0 ? `:${d.line}` : ""}: error: ${d.message}\n`);
    }
    errors += diagnostics.length;
    if (diagnostics.length > 0) failedFiles++;
  }
  const checked = plural(paths.length, "file");
  if (errors > 0) {
    io.stdout(`npc-build: ${plural(errors, "error")} in ${failedFiles} of ${checked}\n`);
    return ExitCode.diagnostics;
  }
  io.stdout(`npc-build: ${checked} checked, no errors\n`);
  return ExitCode.ok;
}
