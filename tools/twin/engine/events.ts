// Firing an object's event hook: record what the GetLast* functions answer, then run the hook's
// script as one script run with the object as OBJECT_SELF.
import type { NwObject } from "../values.js";
import type { EventMemory, GameObject } from "./objects.js";
import type { World } from "./world.js";

/** What the event tells its script; each field lands in the object's EventMemory. */
export type EventDetails = Partial<Omit<EventMemory, "perception">> & { perception?: EventMemory["perception"] };

/** Which event is running, for GetCurrentlyRunningEvent (0 in commands and outside events). */
export interface EventContext {
  /** The event, inherited by ExecuteScript. */
  readonly event: number;
  /** The event of this script itself (0 in ExecuteScript'ed scripts). */
  readonly own: number;
}

export const NO_EVENT: EventContext = { event: 0, own: 0 };

/**
 * Fires `event` (EVENT_SCRIPT_*) on `target`: stores `details` on the object, then runs the hook's
 * script if one is set. Returns whether a script ran.
 */
export function fireEvent(world: World, target: GameObject, event: number, details: EventDetails = {}): boolean {
  if (target.destroyed) return false;
  Object.assign(target.last, details);
  const name = target.eventScripts.get(event) ?? "";
  if (name === "") return false;
  const body = world.script(name);
  if (!body) {
    world.missingScript(name);
    return false;
  }
  world.withEvent({ event, own: event }, () => world.guarded(target.handle, () => body(world)));
  return true;
}

/** The live object behind a handle, or an error naming the scenario step. */
export function need(world: World, handle: NwObject, what: string): GameObject {
  const obj = world.lookup(handle);
  if (!obj) throw new Error(`${what}: object ${handle.id.toString(16)} is not a valid object`);
  return obj;
}
