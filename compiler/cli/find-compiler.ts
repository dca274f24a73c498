// Finds the user's official NWScript compiler (neverwinter.nim's nwn_script_comp): the
// NWN_SCRIPT_COMP environment variable first, then "npcBuild.nwscriptCompiler", then PATH.
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

export const COMPILER_NAME = "nwn_script_comp";

export interface OfficialCompiler {
  path: string;
  /** Where it was found, for messages. */
  origin: "NWN_SCRIPT_COMP" | "npcBuild.nwscriptCompiler" | "PATH";
}

export function findOfficialCompiler(io: CliIO, configured?: string): OfficialCompiler | undefined {
  const fromEnv = io.env.NWN_SCRIPT_COMP;
  if (fromEnv !== undefined && fromEnv !== "") {
    return { path: requireExecutable(path.resolve(io.cwd, fromEnv), "NWN_SCRIPT_COMP"), origin: "NWN_SCRIPT_COMP" };
  }
  if (configured !== undefined) {
    return { path: requireExecutable(configured, "npcBuild.nwscriptCompiler"), origin: "npcBuild.nwscriptCompiler" };
  }
  const found = searchPath(io.env.PATH ?? "");
  return found === undefined ? undefined : { path: found, origin: "PATH" };
}

function searchPath(searchPath: string): string | undefined {
  const names = process.platform === "win32" ? [`${COMPILER_NAME}.exe`] : [COMPILER_NAME];
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === "") continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A compiler the user named explicitly must exist: silently skipping it would hide a typo. */
function requireExecutable(file: string, origin: string): string {
  if (!isExecutable(file)) throw new UsageError(`${origin} names ${file}, which is not an executable file`);
  return file;
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
