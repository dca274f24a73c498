// The engine simulator: a deterministic NWN:EE world on Node (see docs/twin-world.md).
export { World, type WorldOptions, type ScriptBody, type ScriptFailure } from "./world.js";
export { MODELED_FUNCTIONS } from "./table.js";
export { printfFixed } from "./float-format.js";
export { NwLocation } from "./location.js";
export type { CalendarStart } from "./clock.js";
