// Hook script: thin entry point into the NPC core.
import { NpcBehaviorOnEndCombatRound } from "../core/npc_behavior";

export function main(): void {
  NpcBehaviorOnEndCombatRound();
}
