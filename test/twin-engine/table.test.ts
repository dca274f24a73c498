// The function table against the language specification, and loud failure for the rest.
import { describe, expect, it } from "vitest";
import { loadLangspec } from "../../tools/nwscript/langspec.js";
import { MODELED_FUNCTIONS, World } from "../../tools/twin/engine/index.js";
import { EngineNotModeled } from "../../tools/twin/values.js";

describe("engine function table", () => {
  const spec = loadLangspec();

  it("models only functions that nwscript.nss declares", () => {
    const unknown = MODELED_FUNCTIONS.filter((n) => !spec.functionByName.has(n));
    expect(unknown).toEqual([]);
    expect(MODELED_FUNCTIONS.length).toBeGreaterThan(150);
  });

  it("throws EngineNotModeled naming the function", () => {
    const w = new World();
    let caught: unknown;
    try {
      w.engineFunction("EffectDamage");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EngineNotModeled);
    expect((caught as EngineNotModeled).functionName).toBe("EffectDamage");
    expect((caught as Error).message).toContain("EffectDamage");
    expect(() => w.engineFunction("PrintVector")).toThrow(EngineNotModeled);
    expect(() => w.engineFunction("SqlBindObject")).toThrow(EngineNotModeled);
  });

  it("returns the same bound function for a name", () => {
    const w = new World();
    expect(w.engineFunction("GetModule")).toBe(w.engineFunction("GetModule"));
  });
});
