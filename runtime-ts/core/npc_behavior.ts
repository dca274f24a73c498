// The one include builders add: the NPC core's handlers, its helpers and the area controller.
export {
  NpcBehaviorOnSpawn,
  NpcBehaviorOnPerception,
  NpcBehaviorOnDamaged,
  NpcBehaviorOnPhysicalAttacked,
  NpcBehaviorOnSpellCastAt,
  NpcBehaviorOnDeath,
  NpcBehaviorOnDialogue,
  NpcBehaviorOnEndCombatRound,
  NpcBehaviorOnCombatRound,
  NpcBehaviorOnHeartbeat,
  NpcBehaviorShouldProcess,
  NpcBehaviorInitialize,
} from "./npc_core";
export { NpcBehaviorTryIntakeEvent } from "./npc_intake";
export {
  NpcBehaviorAreaTryQueueEvent,
  NpcBehaviorConsumePending,
  NpcBehaviorFlushPending,
  NpcBehaviorAreaQueueDepth,
  NpcBehaviorAreaIsDegraded,
  NpcBehaviorAreaPurgeOrphans,
} from "./npc_queue";
export { NpcBehaviorIsDisabled, NpcBehaviorIsHostile, NpcBehaviorGetState } from "./npc_state";
export { NpcBehaviorMetricInc, NpcBehaviorMetricAdd } from "./npc_metrics";
export {
  NpcBehaviorAreaActivate,
  NpcBehaviorAreaDeactivate,
  NpcBehaviorAreaPause,
  NpcBehaviorAreaResume,
  NpcBehaviorAreaIsActive,
  NpcBehaviorAreaGetState,
  NpcBehaviorAreaShouldAutoStart,
  NpcBehaviorCountPlayersInArea,
  NpcBehaviorAreaTickLoop,
  NpcBehaviorOnAreaTick,
  NpcBehaviorAreaOnEnter,
  NpcBehaviorAreaOnExit,
  NpcBehaviorBootstrapModuleAreas,
} from "./npc_area";
