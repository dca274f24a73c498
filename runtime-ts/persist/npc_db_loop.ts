// The writer's explicit entry points: the first drain at module load, the admin's flush and the
// graceful-shutdown drain (the interval loop is in npc_db_queue).
import { NPC_DB_DRAIN_MAX_BATCHES, NPC_DB_METRIC_LOST, NPC_DB_VAR_DEFERRED_PENDING } from "./npc_db_config";
import { NpcBehaviorMetricAdd } from "../core/npc_metrics";
import { NpcDbBreakerForceTrial } from "./npc_db_breaker";
import { NpcDbArmFlushLoop, NpcDbSweepDeferred } from "./npc_db_queue";
import { NpcDbQueueCount } from "./npc_db_slots";
import { NpcDbDrain, NpcDbDrainStep } from "./npc_db_writer";

/** Module load: what was queued before (spawns) is written right after the current script. */
export function NpcDbStartFlushLoop(): void {
  AssignCommand(GetModule(), () => NpcDbFirstDrain());
}

/** The first drain; when it could not write everything the interval loop takes over. */
export function NpcDbFirstDrain(): void {
  NpcDbDrainStep();
  if (NpcDbQueueCount() > 0) NpcDbArmFlushLoop();
}

/**
 * Writes everything now, in this script run: deferred changes are re-queued and the queue drained
 * batch by batch. An open breaker is moved to half-open first (an explicit flush is a trial).
 * Returns the changes still not written (0: all are in the database).
 */
export function NpcDbFlushAll(reason: string): int {
  NpcDbBreakerForceTrial(reason);
  for (let round: int = 0; round < NPC_DB_DRAIN_MAX_BATCHES; round++) {
    const deferred = NpcDbSweepDeferred();
    const empty = NpcDbDrain(NPC_DB_DRAIN_MAX_BATCHES);
    if (!empty) break;
    if (deferred == 0) break;
  }
  return NpcDbQueueCount() + GetLocalInt(GetModule(), NPC_DB_VAR_DEFERRED_PENDING);
}

/** Graceful shutdown (NWNX_CORE_SHUTDOWN_SCRIPT): drain; whatever is left is lost, counted, logged. */
export function NpcDbShutdown(): void {
  const queued = NpcDbQueueCount();
  const left = NpcDbFlushAll("server shutdown");
  if (left > 0) {
    NpcBehaviorMetricAdd(GetModule(), NPC_DB_METRIC_LOST, left);
    WriteTimestampedLogEntry("npc_db shutdown: " + IntToString(left) + " change(s) NOT written (database unavailable)");
  } else {
    WriteTimestampedLogEntry("npc_db shutdown: all changes written (" + IntToString(queued) + " were queued)");
  }
}
