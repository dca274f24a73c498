// The langspec rebuilt from runtime-ts/engine/nwscript.d.ts equals the one read from nwscript.nss.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLangspec } from "../../tools/nwscript/langspec.js";
import { readFileSync } from "node:fs";
import { parseLangspec } from "../../tools/nwscript/langspec.js";
import { declarationsToNss, langspecFromDeclarations } from "../../tools/nwscript/langspec-from-decls.js";

const root = resolve(import.meta.dirname, "../..");

describe("langspec from the generated declarations", () => {
  const original = loadLangspec(resolve(root, "../shared/nwscript/nwscript.nss"));
  const rebuilt = langspecFromDeclarations(resolve(root, "runtime-ts/engine/nwscript.d.ts"));

  it("has the same functions, in the same order, with the same signatures and defaults", () => {
    expect(rebuilt.functions.length).toBe(1187);
    const strip = (f: (typeof original.functions)[number]) => JSON.stringify({ n: f.name, i: f.index, r: f.returnType, p: f.params.map((p) => ({ n: p.name, t: p.type, d: p.default && { ...p.default, pos: undefined } })) });
    expect(rebuilt.functions.map(strip)).toEqual(original.functions.map(strip));
  });

  it("has the same constants and values", () => {
    expect([...rebuilt.constants.entries()]).toEqual([...original.constants.entries()]);
  });

  it("reads back from its on-disk cache exactly what a fresh parse gives", () => {
    const dts = resolve(root, "runtime-ts/engine/nwscript.d.ts");
    const fresh = parseLangspec(declarationsToNss(readFileSync(dts, "utf8")), dts);
    expect(JSON.stringify(rebuilt.functions)).toBe(JSON.stringify(fresh.functions));
    expect(JSON.stringify([...rebuilt.constants])).toBe(JSON.stringify([...fresh.constants]));
    expect([...rebuilt.engineTypeByName.keys()]).toEqual([...fresh.engineTypeByName.keys()]);
  });
});
