// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnSpellCastAt } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnSpellCastAt();
}
