// The generator's list of engine structures must match the interfaces written by hand in types.d.ts.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { KNOWN_ENGINE_STRUCTURES } from "../../compiler/decls/nwscript-types.js";
import { typesDeclarationsPath } from "./paths.js";

it("knows exactly the engine structures types.d.ts declares", () => {
  const text = readFileSync(typesDeclarationsPath, "utf8");
  const declared = [...text.matchAll(/^declare interface (\w+) \{ readonly __nwscript: "(\w+)" \}$/gm)].map((m) => {
    expect(m[2]).toBe(m[1]);
    return m[1];
  });
  expect(declared).toEqual([...KNOWN_ENGINE_STRUCTURES]);
});
