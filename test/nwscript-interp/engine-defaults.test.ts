// Every engine function of nwscript.nss called with only its required arguments: the interpreter
// fills in the rest from the declared defaults and hands the host complete argument lists in the
// shared value representations.
import { expect, test } from "vitest";
import { checkSource, loadLangspec, type NssType } from "../../tools/nwscript/index.js";
import type { EngineFunction, EngineHost } from "../../tools/twin/engine-contract.js";
import { type NwAction, NwObject, type NwValue, OBJECT_INVALID } from "../../tools/twin/values.js";
import { DEFAULT_ENGINE_VALUES, interpret } from "../../tools/nwscript/interp/index.js";

const spec = loadLangspec();

/** An argument expression of type t (a variable for engine structures, a call for actions). */
function argument(t: NssType): string {
  switch (t.kind) {
    case "int":
      return "1";
    case "float":
      return "1.0";
    case "string":
      return '"s"';
    case "object":
      return "OBJECT_SELF";
    case "vector":
      return "[1.0, 2.0, 3.0]";
    case "action":
      return "Nop()";
    case "engine":
      return `v${t.name}`;
    default:
      throw new Error(`unexpected parameter type ${t.kind}`);
  }
}

function result(t: NssType): NwValue | undefined {
  switch (t.kind) {
    case "int":
    case "float":
      return 0;
    case "string":
      return "";
    case "object":
      return OBJECT_INVALID;
    case "vector":
      return { x: 0, y: 0, z: 0 };
    case "engine":
      return DEFAULT_ENGINE_VALUES.empty(t.name);
    default:
      return undefined;
  }
}

test("calls with omitted arguments reach the host complete", () => {
  const functions = [...spec.functionByName.values()];
  const declarations = spec.engineTypes.filter((t) => t).map((t) => `${(t as { name: string }).name} v${(t as { name: string }).name};`);
  const calls = functions.map((fn) => {
    const required = fn.params.filter((p) => p.default === undefined);
    return `  ${fn.name}(${required.map((p) => argument(p.type)).join(", ")});`;
  });
  const source = `void Nop() {}\nvoid main()\n{\n${declarations.join("\n")}\n${calls.join("\n")}\n}\n`;
  const checked = checkSource(source, "all.nss");
  expect(checked.diagnostics).toEqual([]);

  const received = new Map<string, NwValue[]>();
  const self = new NwObject(5);
  const host: EngineHost = {
    self,
    printed: [],
    engineFunction(name: string): EngineFunction {
      const fn = spec.functionByName.get(name)!;
      return (args) => {
        received.set(name, args);
        return result(fn.returnType);
      };
    },
    runScript: (_self, body) => body(),
    schedule: () => undefined,
  };
  interpret(checked.program!, host, { instructionLimit: 10_000_000 });

  expect(received.size).toBe(functions.length);
  for (const fn of functions) {
    const args = received.get(fn.name)!;
    expect(args, fn.name).toHaveLength(fn.params.length);
    fn.params.forEach((p, i) => {
      const v = args[i];
      expect(v, `${fn.name} argument ${p.name}`).toBeDefined();
      if (p.type.kind === "vector") expect(Object.keys(v as object).sort()).toEqual(["x", "y", "z"]);
      if (p.type.kind === "object") expect(v).toBeInstanceOf(NwObject);
      if (p.type.kind === "action") expect(typeof (v as NwAction).run).toBe("function");
      if (p.type.kind === "int") expect(Number.isInteger(v)).toBe(true);
    });
  }

  // Spot checks of named defaults.
  const clear = received.get("ClearAllActions")!;
  expect(clear).toEqual([0, self]);
  const shape = received.get("GetFirstObjectInShape")!;
  expect(shape.slice(3)).toEqual([0, spec.constants.get("OBJECT_TYPE_CREATURE")!.value, { x: 0, y: 0, z: 0 }]);
  const fts = received.get("FloatToString")!;
  expect(fts).toEqual([1, 18, 9]);
});
