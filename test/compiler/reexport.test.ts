// `export { … } from "./m"`: a facade include that makes another module's names reachable.
import { describe, expect, it } from "vitest";
import { buildTree, lines } from "./helpers.js";

describe("re-exports", () => {
  it("become an include, and callers through the facade call the original function", () => {
    const result = buildTree({
      "lib.ts": lines("export function Twice(n: int): int { return n * 2; }"),
      "facade.ts": lines('export { Twice } from "./lib";'),
      "main.ts": lines('import { Twice } from "./facade";', "export function main(): void { PrintString(IntToString(Twice(21))); }"),
    });
    expect(result.diagnostics).toEqual([]);
    const text = Object.fromEntries(result.files.map((f) => [f.name, f.text]));
    expect(text.facade).toContain('#include "lib"');
    expect(text.main).toContain('#include "facade"');
    expect(text.main).toContain("PrintString(IntToString(Twice(21)));");
  });

  it("rejects renaming (NWScript has one namespace)", () => {
    const result = buildTree({
      "lib.ts": lines("export function Twice(n: int): int { return n * 2; }"),
      "facade.ts": lines('export { Twice as Double } from "./lib";'),
    });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(["facade.ts NPC1015"]);
  });
});
