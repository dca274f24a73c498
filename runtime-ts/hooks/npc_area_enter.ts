// Area OnEnter hook: thin entry point into the area controller.
import { NpcBehaviorAreaOnEnter } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorAreaOnEnter(OBJECT_SELF, GetEnteringObject());
}
