// The language specification rebuilt from the generated engine declarations (nwscript.d.ts keeps
// every signature in an `@nwscript` tag and every constant value in an `@value` tag, in file
// order). The build checks its own output against exactly the engine API the transpiler used,
// without needing the game's nwscript.nss at hand.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { packageRoot } from "../../compiler/load/paths.js";
import type { EngineFunction } from "./ast.js";
import { parseLangspec, type ConstValue, type Langspec } from "./langspec.js";
import type { NssType } from "./types.js";

const ENGINE_STRUCTURES = ["effect", "event", "location", "talent", "itemproperty", "sqlquery", "cassowary", "json"];
const cache = new Map<string, Langspec>();

export function langspecFromDeclarations(dtsPath: string): Langspec {
  let spec = cache.get(dtsPath);
  if (!spec) {
    const text = fs.readFileSync(dtsPath, "utf8");
    spec = readCached(dtsPath, text) ?? writeCached(text, parseLangspec(declarationsToNss(text), dtsPath));
    cache.set(dtsPath, spec);
  }
  return spec;
}

// Parsing the specification costs a quarter of a second per run, as much as the rest of a small
// build adds to tsc; it is kept in node_modules/.cache/npc-build, keyed by the declarations' hash.
const CACHE_FORMAT = 1;

interface Serialized {
  format: number;
  engineTypes: NssType[];
  functions: EngineFunction[];
  constants: [string, ConstValue][];
}

function cachePath(text: string): string {
  const hash = createHash("sha256").update(`${CACHE_FORMAT}\n${text}`).digest("hex").slice(0, 24);
  return path.join(packageRoot(), "node_modules", ".cache", "npc-build", `langspec-${hash}.json`);
}

function readCached(dtsPath: string, text: string): Langspec | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(cachePath(text), "utf8")) as Serialized;
    if (data.format !== CACHE_FORMAT) return undefined;
    return {
      path: dtsPath,
      engineTypes: data.engineTypes,
      engineTypeByName: new Map(data.engineTypes.map((t) => [(t as { name: string }).name, t])),
      functions: data.functions,
      functionByName: new Map(data.functions.map((f) => [f.name, f])),
      constants: new Map(data.constants),
    };
  } catch {
    return undefined; // no cache yet, or unreadable: parse instead
  }
}

function writeCached(text: string, spec: Langspec): Langspec {
  try {
    const file = cachePath(text);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const data: Serialized = { format: CACHE_FORMAT, engineTypes: [...spec.engineTypes], functions: [...spec.functions], constants: [...spec.constants] };
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(data));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only install simply parses every time.
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
