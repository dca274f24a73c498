// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnDialogue } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnDialogue();
}
