// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnSpawn } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnSpawn();
}
