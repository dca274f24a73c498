// Every modeled function, called with the langspec's parameter types and empty or invalid
// values (OBJECT_INVALID, destroyed objects, unprepared queries…), answers without crashing and
// returns a value of its declared type.
import { describe, expect, it } from "vitest";
import { loadLangspec } from "../../tools/nwscript/langspec.js";
import type { NssType } from "../../tools/nwscript/types.js";
import { EngineCaseNotModeled, MODELED_FUNCTIONS, NwJson, NwLocation, World } from "../../tools/twin/engine/index.js";
import { NwObject, OBJECT_INVALID, type NwValue } from "../../tools/twin/values.js";

function emptyValue(w: World, t: NssType, object: NwObject): NwValue {
  switch (t.kind) {
    case "int":
      return 0;
    case "float":
      return 0;
    case "string":
      return "";
    case "object":
      return object;
    case "vector":
      return { x: 0, y: 0, z: 0 };
    case "action":
      return { run: () => {} };
    case "engine":
      if (t.name === "location") return NwLocation.INVALID;
      if (t.name === "json") return NwJson.null();
      return { uninitialised: t.name };
    default:
      throw new Error(`no empty value for ${t.kind}`);
  }
}

function checkType(t: NssType, v: NwValue | undefined): boolean {
  switch (t.kind) {
    case "void":
      return v === undefined;
    case "int":
      return typeof v === "number" && Number.isInteger(v) && (v | 0) === v;
    case "float":
      return typeof v === "number" && Math.fround(v) === v;
    case "string":
      return typeof v === "string";
    case "object":
      return v instanceof NwObject;
    case "vector":
      return typeof v === "object" && v !== null && ["x", "y", "z"].every((k) => typeof (v as Record<string, unknown>)[k] === "number");
    default:
      return v !== undefined;
  }
}

describe("robustness of modeled functions", () => {
  const spec = loadLangspec();
  const destroyed = (w: World) => {
    const c = w.createCreature({ tag: "GONE" });
    w.destroy(c);
    return c;
  };

  for (const which of ["OBJECT_INVALID", "a destroyed object"] as const) {
    it(`answers with ${which} everywhere`, () => {
      const w = new World();
      const object = which === "OBJECT_INVALID" ? OBJECT_INVALID : destroyed(w);
      const problems: string[] = [];
      for (const name of MODELED_FUNCTIONS) {
        const fn = spec.functionByName.get(name)!;
        const args = fn.params.map((p) => emptyValue(w, p.type, object));
        try {
          let result: NwValue | undefined;
          w.runScript(w.module.handle, () => (result = w.engineFunction(name)(args)));
          if (!checkType(fn.returnType, result)) problems.push(`${name} returned ${String(result)}`);
        } catch (e) {
          if (!(e instanceof EngineCaseNotModeled)) problems.push(`${name} threw ${(e as Error).message}`);
        }
      }
      w.runUntilIdle();
      expect(problems).toEqual([]);
    });
  }
});
