// Values of engine structure types the compiled code needs as constants: what an uninitialised
// `location`/`effect`/`json`/… variable holds, LOCATION_INVALID, and the JSON_* constants. They
// come from the engine simulator's classes, so scripts hand the simulator values it understands.
import type { NwValue } from "../../twin/values.js";

export interface EngineValues {
  /** The value of an uninitialised variable of engine structure type `name` (location, effect, …). */
  empty(name: string): NwValue;
  /** LOCATION_INVALID. */
  locationInvalid(): NwValue;
  /** A JSON_* constant, from its JSON text ("null", "{}", …). */
  json(text: string): NwValue;
}
