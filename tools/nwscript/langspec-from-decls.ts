// The language specification rebuilt from the generated engine declarations (nwscript.d.ts keeps
// every signature in an `@nwscript` tag and every constant value in an `@value` tag, in file
// order). The build checks its own output against exactly the engine API the transpiler used,
// without needing the game's nwscript.nss at hand.
import fs from "node:fs";
import { parseLangspec, type Langspec } from "./langspec.js";

const ENGINE_STRUCTURES = ["effect", "event", "location", "talent", "itemproperty", "sqlquery", "cassowary", "json"];
const cache = new Map<string, Langspec>();

export function langspecFromDeclarations(dtsPath: string): Langspec {
  let spec = cache.get(dtsPath);
  if (!spec) {
    spec = parseLangspec(declarationsToNss(fs.readFileSync(dtsPath, "utf8")), dtsPath);
    cache.set(dtsPath, spec);
  }
  return spec;
}

export function declarationsToNss(dts: string): string {
  const out = [`#define ENGINE_NUM_STRUCTURES ${ENGINE_STRUCTURES.length}`, ...ENGINE_STRUCTURES.map((s, i) => `#define ENGINE_STRUCTURE_${i} ${s}`)];
  let value: string | undefined;
  for (const line of dts.split("\n")) {
    const v = /^\/\*\* @value (.*) \*\/$/.exec(line);
    if (v) {
      value = v[1];
      continue;
    }
    const c = /^declare const (\w+): (int|float|string);$/.exec(line);
    if (c && value !== undefined) out.push(`${c[2]} ${c[1]} = ${value};`);
    const sig = /^\/\*\* @nwscript (.*) \*\/$/.exec(line);
    if (sig) out.push(`${sig[1]};`);
    if (!v) value = undefined;
  }
  return out.join("\n") + "\n";
}
