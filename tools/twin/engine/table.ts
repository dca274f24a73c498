// The engine function table: every modeled function by name, from the domain groups.
import { commandFunctions } from "./functions/commands.js";
import { eventFunctions } from "./functions/events.js";
import { factionFunctions } from "./functions/factions.js";
import { jsonFunctions } from "./functions/json.js";
import { locationFunctions } from "./functions/location.js";
import { logFunctions } from "./functions/log.js";
import { sqlFunctions } from "./functions/sql.js";
import { timeFunctions } from "./functions/time.js";
import { localFunctions } from "./functions/locals.js";
import { mathFunctions } from "./functions/math.js";
import { objectFunctions } from "./functions/objects.js";
import { outputFunctions } from "./functions/output.js";
import { stringFunctions } from "./functions/strings.js";
import type { FunctionGroup, Impl } from "./functions/types.js";

const GROUPS: readonly FunctionGroup[] = [
  outputFunctions,
  stringFunctions,
  mathFunctions,
  localFunctions,
  commandFunctions,
  objectFunctions,
  locationFunctions,
  factionFunctions,
  timeFunctions,
  eventFunctions,
  logFunctions,
  jsonFunctions,
  sqlFunctions,
];

function build(): ReadonlyMap<string, Impl> {
  const table = new Map<string, Impl>();
  for (const group of GROUPS) {
    for (const [name, impl] of Object.entries(group)) {
      if (table.has(name)) throw new Error(`engine function ${name} is defined in two groups`);
      table.set(name, impl);
    }
  }
  return table;
}

export const ENGINE_FUNCTIONS: ReadonlyMap<string, Impl> = build();

/** Names of the engine functions the simulator models, sorted. */
export const MODELED_FUNCTIONS: readonly string[] = [...ENGINE_FUNCTIONS.keys()].sort();
