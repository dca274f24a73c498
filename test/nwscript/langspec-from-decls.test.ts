// The langspec rebuilt from runtime-ts/engine/nwscript.d.ts equals the one read from nwscript.nss.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLangspec } from "../../tools/nwscript/langspec.js";
import { langspecFromDeclarations } from "../../tools/nwscript/langspec-from-decls.js";

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
});
