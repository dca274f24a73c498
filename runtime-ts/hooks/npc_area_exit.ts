// Area OnExit hook: thin entry point into the area controller.
import { NpcBehaviorAreaOnExit } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorAreaOnExit(OBJECT_SELF, GetExitingObject());
}
