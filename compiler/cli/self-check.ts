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
  const coveredByScripts = includedByScripts(files, byName);
  let rejected = 0;
  for (const f of files) {
    // An include that a script includes is checked as part of that script (as the official
    // compiler compiles it); only includes no script uses are checked on their own.
    if (f.kind === "include" && coveredByScripts.has(f.name)) continue;
    const fileName = path.join(outDir, `${f.name}.nss`);
    const { diagnostics } = checkSource(f.text, fileName, { langspec, asInclude: f.kind === "include", includeDirs: [outDir], readInclude: (name) => byName.get(name) });
    for (const d of diagnostics) {
      // The error may sit in an include the script pulls in: name that file and its source.
      const where = emittedName(d.file, byName) ?? f.name;
      const source = files.find((x) => x.name === where)?.source ?? f.source;
      io.stderr(`${displayPath(io, path.join(outDir, `${where}.nss`))}:${d.line} - error NSS: ${d.message} (npc-build emitted NWScript the official compiler would reject: this is a bug in npc-build; the TypeScript is ${source})\n`);
    }
    if (diagnostics.length > 0) rejected++;
  }
  return rejected;
}

/** Names of the emitted includes that some emitted script includes, directly or not. */
function includedByScripts(files: EmittedFile[], byName: Map<string, string>): Set<string> {
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/^#include "([^"]+)"/gm)) {
      const name = m[1].toLowerCase();
      if (seen.has(name) || !byName.has(name)) continue;
      seen.add(name);
      visit(byName.get(name)!);
    }
  };
  for (const f of files) if (f.kind !== "include") visit(f.text);
  return seen;
}

/** The emitted file a checker diagnostic names (its file is a path or a resource name). */
function emittedName(file: string, byName: Map<string, string>): string | undefined {
  const name = path.basename(file).replace(/\.nss$/i, "").toLowerCase();
  return byName.has(name) ? name : undefined;
}
