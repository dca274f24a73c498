// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnDamaged } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnDamaged();
}
