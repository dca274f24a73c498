// The one include builders add: the NPC core's handlers, its helpers, the area controller and the
// persistence writer's entry points.
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
export {
  NpcDbMarkDirty,
  NpcDbMarkDead,
  NpcDbEnqueue,
  NpcDbRequeueDeferred,
  NpcDbSweepDeferred,
  NpcDbArmFlushLoop,
  NpcDbFlushLoop,
} from "../persist/npc_db_queue";
export { NpcDbFlushBatch, NpcDbDrain } from "../persist/npc_db_writer";
export { NpcDbStartFlushLoop, NpcDbFlushAll, NpcDbShutdown } from "../persist/npc_db_loop";
export { NpcDbRestore, NpcDbRestoreSome } from "../persist/npc_db_restore";
export { NpcDbBreakerState, NpcDbBreakerAllow, NpcDbBreakerRecord } from "../persist/npc_db_breaker";
export { NpcDbQueueCount, NpcDbNpcId } from "../persist/npc_db_slots";
