// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnPhysicalAttacked } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnPhysicalAttacked();
}
