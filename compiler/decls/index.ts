// `npc-build decls`: turns the game's nwscript.nss into runtime-ts/engine/nwscript.d.ts.
import { emitDeclarations } from "./emitter.js";
import { NssDeclarationError } from "./error.js";
import type { NssFile } from "./model.js";
import { KNOWN_ENGINE_STRUCTURES } from "./nwscript-types.js";
import { parseNwscriptNss } from "./parser.js";

export { NssDeclarationError } from "./error.js";
export { parseNwscriptNss } from "./parser.js";
export { nwscriptSignature } from "./emitter.js";
export type { NssConstant, NssEngineStructure, NssFile, NssFunction, NssParam } from "./model.js";

/** Ambient declarations for every constant and function of an nwscript.nss text. */
export function generateDeclarations(nssText: string, options: { sourceName: string }): string {
  const file = parseNwscriptNss(nssText);
  checkEngineStructures(file);
  return emitDeclarations(file, options.sourceName);
}

/** types.d.ts declares the engine structures by hand: the file must name exactly those. */
function checkEngineStructures(file: NssFile): void {
  const names = file.engineStructures.map((s) => s.name);
  for (const s of file.engineStructures) {
    if (!KNOWN_ENGINE_STRUCTURES.includes(s.name)) {
      throw new NssDeclarationError(
        s.line,
        `unknown engine structure '${s.name}': runtime-ts/engine/types.d.ts declares only ${KNOWN_ENGINE_STRUCTURES.join(", ")}`,
      );
    }
  }
  const missing = KNOWN_ENGINE_STRUCTURES.filter((name) => !names.includes(name));
  if (missing.length) {
    const line = file.engineStructures.at(-1)?.line ?? 1;
    throw new NssDeclarationError(line, `expected the engine structure${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  }
}
