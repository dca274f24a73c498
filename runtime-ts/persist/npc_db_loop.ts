// The writer's explicit entry points: the first drain at module load, the admin's flush and the
// graceful-shutdown drain (the interval loop is in npc_db_queue).
import { NPC_DB_DRAIN_MAX_BATCHES, NPC_DB_METRIC_LOST, NPC_DB_VAR_DEFERRED_PENDING } from "./npc_db_config";
import { NpcBehaviorMetricAdd } from "../core/npc_metrics";
import { NpcDbBreakerForceTrial } from "./npc_db_breaker";
import { NpcDbArmFlushLoop, NpcDbSweepDeferred } from "./npc_db_queue";
import { NpcDbQueueCount } from "./npc_db_slots";
import { NpcDbDrainStep, NpcDbFlushBatch } from "./npc_db_writer";

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
  const mod = GetModule();
  // At most NPC_DB_DRAIN_MAX_BATCHES batches: one script run has an instruction limit.
  let batches: int = 0;
  while (batches < NPC_DB_DRAIN_MAX_BATCHES) {
    if (NpcDbQueueCount() == 0) {
      if (GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING) == 0) break;
      NpcDbSweepDeferred();
      if (NpcDbQueueCount() == 0) break;
    }
    if (!NpcDbFlushBatch()) break;
    batches++;
  }
  return NpcDbQueueCount() + GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING);
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
