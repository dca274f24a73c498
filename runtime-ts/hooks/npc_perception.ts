// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnPerception } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnPerception();
}
