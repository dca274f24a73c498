// The engine simulator: a deterministic NWN:EE world on Node (see docs/twin-world.md).
export { World, type WorldOptions, type ScriptBody, type ScriptFailure, type ObjectInit } from "./world.js";
export { loadWorld, loadWorldFile, WorldFileError } from "./world-file.js";
export { MODELED_FUNCTIONS } from "./table.js";
export { printfFixed } from "./float-format.js";
export { NwLocation } from "./location.js";
export { NwJson } from "./json/value.js";
export { parseToNwJson } from "./functions/json.js";
export { NwEvent } from "./functions/events.js";
export { NwSqlQuery } from "./sql/query.js";
export { EVENT, HOOK_NAMES } from "./event-names.js";
export { EngineCaseNotModeled } from "./not-modeled.js";
export type { EventDetails } from "./events.js";
export type { PerceptionKind } from "./objects.js";
export type { CalendarStart } from "./clock.js";
export type { DbTarget } from "./sql/host.js";
