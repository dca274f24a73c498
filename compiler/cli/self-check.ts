// Every file the build emits is checked with npc-build's own NWScript front end (the rules of the
// official compiler), against the engine API the transpiler used. A rejection here is a bug in
// npc-build, not in the user's code, and is reported as such.
import path from "node:path";
import type { EmittedFile } from "../index.js";
import { engineDeclarationFiles } from "../load/paths.js";
import { checkSource } from "../../tools/nwscript/index.js";
import { langspecFromDeclarations } from "../../tools/nwscript/langspec-from-decls.js";
import { type CliIO, displayPath } from "./io.js";

/** Returns the number of emitted files the checker rejected (each reported on stderr). */
export function selfCheck(io: CliIO, files: EmittedFile[], outDir: string): number {
  const langspec = langspecFromDeclarations(engineDeclarationFiles()[1]);
  const byName = new Map(files.map((f) => [f.name, f.text]));
  let rejected = 0;
  for (const f of files) {
    const fileName = path.join(outDir, `${f.name}.nss`);
    const { diagnostics } = checkSource(f.text, fileName, { langspec, asInclude: f.kind === "include", includeDirs: [outDir], readInclude: (name) => byName.get(name) });
    for (const d of diagnostics) {
      io.stderr(`${displayPath(io, fileName)}:${d.line} - error NSS: ${d.message} (npc-build emitted NWScript the official compiler would reject: this is a bug in npc-build; the TypeScript is ${f.source})\n`);
    }
    if (diagnostics.length > 0) rejected++;
  }
  return rejected;
}
