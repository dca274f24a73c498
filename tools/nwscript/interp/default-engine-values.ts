// Engine structure constants from the engine simulator's own classes. Types the simulator has no
// class for yet get an inert placeholder: a script may declare such a variable and pass it
// around, and only an engine function would ever look inside it.
import { NwLocation } from "../../twin/engine/index.js";
import type { NwValue } from "../../twin/values.js";
import type { EngineValues } from "./engine-values.js";

/** The uninitialised value of an engine structure type the simulator does not model. */
export class UnsetEngineValue {
  constructor(readonly typeName: string) {}
}

/** A JSON_* constant, kept as its JSON text until the simulator models json values. */
export class JsonConstant {
  constructor(readonly text: string) {}

  equals(other: unknown): boolean {
    return other instanceof JsonConstant && other.text === this.text;
  }
}

const unset = new Map<string, UnsetEngineValue>();
const json = new Map<string, JsonConstant>();

export const DEFAULT_ENGINE_VALUES: EngineValues = {
  empty(name: string): NwValue {
    if (name === "location") return NwLocation.INVALID;
    if (name === "json") return DEFAULT_ENGINE_VALUES.json("null");
    let v = unset.get(name);
    if (!v) unset.set(name, (v = new UnsetEngineValue(name)));
    return v;
  },
  locationInvalid(): NwValue {
    return NwLocation.INVALID;
  },
  json(text: string): NwValue {
    let v = json.get(text);
    if (!v) json.set(text, (v = new JsonConstant(text)));
    return v;
  },
};
