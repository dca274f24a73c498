// `npc-build decls --nwscript PATH [--out FILE]`: engine declarations from the game's nwscript.nss.
import fs from "node:fs";
import path from "node:path";
import { generateDeclarations, NssDeclarationError } from "../../decls/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { isFile, writeTextIfChanged } from "../fs-util.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";

export function declsCommand(io: CliIO, flags: { nwscript: string; out?: string }): ExitCode {
  const source = resolveFrom(io, flags.nwscript);
  if (!isFile(source)) throw new UsageError(`file not found: ${flags.nwscript}`);
  const text = fs.readFileSync(source, "utf8");
  let declarations: string;
  try {
    declarations = generateDeclarations(text, { sourceName: path.basename(source) });
  } catch (error) {
    if (!(error instanceof NssDeclarationError)) throw error;
    io.stderr(`${displayPath(io, source)}:${error.line} - error: ${error.message}\n`);
    return ExitCode.diagnostics;
  }
  if (flags.out === undefined) {
    io.stdout(declarations);
    return ExitCode.ok;
  }
  const target = resolveFrom(io, flags.out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const changed = writeTextIfChanged(target, declarations);
  io.stdout(`npc-build: declarations written to ${displayPath(io, target)}${changed ? "" : " (unchanged)"}\n`);
  return ExitCode.ok;
}
