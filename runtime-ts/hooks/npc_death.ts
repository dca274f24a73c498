// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnDeath } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnDeath();
}
