// Installs the engine API as JavaScript globals for subset modules run under Node: every engine
// function of nwscript.nss (defaults filled in from its prototype), every engine constant, and
// OBJECT_SELF as a getter on the running world. Functions the simulator does not model throw
// EngineNotModeled when called, not when installed.
import type { EngineParam, LiteralExpr } from "../../nwscript/ast.js";
import { loadLangspec } from "../../nwscript/langspec.js";
import type { EngineFunction, EngineHost } from "../engine-contract.js";
import { OBJECT_INVALID, type NwValue } from "../values.js";
import { endRun } from "./runtime.js";

let current: EngineHost | undefined;

/** The world subset modules talk to now. */
export function currentHost(): EngineHost {
  if (!current) throw new Error("no engine world is installed (call installEngine(world) first)");
  return current;
}

export function installEngine(host: EngineHost, langspecPath?: string): void {
  current = host;
  // Each top-level script run gets a fresh instruction budget (the World tells us when one ends).
  const hooks = (host as { scriptEndHooks?: (() => void)[] }).scriptEndHooks;
  if (hooks && !hooks.includes(endRun)) hooks.push(endRun);
  const g = globalThis as Record<string, unknown>;
  if (g.__npcEngineInstalled) return;
  const spec = loadLangspec(langspecPath);
  for (const fn of spec.functions) {
    const params = fn.params;
    const name = fn.name;
    // The implementation bound to the installed world, found once per world rather than by name
    // on every call (engine calls are most of what a simulated script does).
    let boundHost: EngineHost | undefined;
    let bound: EngineFunction | undefined;
    g[name] = (...args: NwValue[]) => {
      const h = currentHost();
      const full = args.length < params.length ? [...args, ...params.slice(args.length).map((p) => defaultValue(h, p))] : args;
      if (h !== boundHost) {
        bound = h.engineFunction(name);
        boundHost = h;
      }
      return bound!(full);
    };
  }
  for (const [name, c] of spec.constants) g[name] = c.value;
  Object.defineProperty(g, "OBJECT_SELF", { get: () => currentHost().self, configurable: true });
  g.OBJECT_INVALID = OBJECT_INVALID;
  const json = (text: string) => () => currentHost().engineFunction("JsonParse")([text]);
  Object.defineProperty(g, "LOCATION_INVALID", { get: () => invalidLocation(currentHost()), configurable: true });
  for (const [name, text] of [["JSON_NULL", "null"], ["JSON_FALSE", "false"], ["JSON_TRUE", "true"], ["JSON_OBJECT", "{}"], ["JSON_ARRAY", "[]"], ["JSON_STRING", '""']]) {
    Object.defineProperty(g, name, { get: json(text), configurable: true });
  }
  g.__npcEngineInstalled = true;
}

function invalidLocation(h: EngineHost): NwValue {
  return h.engineFunction("Location")([OBJECT_INVALID, { x: 0, y: 0, z: 0 }, 0]) as NwValue;
}

function defaultValue(h: EngineHost, p: EngineParam): NwValue {
  const d: LiteralExpr | undefined = p.default;
  if (!d) throw new Error(`engine parameter ${p.name} has no default`);
  switch (d.kind) {
    case "int":
    case "float":
    case "string":
      return d.value;
    case "object":
      return d.which === "self" ? h.self : OBJECT_INVALID;
    case "vector":
      return { x: d.x, y: d.y, z: d.z };
    case "locationInvalid":
      return invalidLocation(h);
    case "json":
      return h.engineFunction("JsonParse")([d.text]) as NwValue;
  }
}
