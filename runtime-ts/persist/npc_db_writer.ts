// Batch writes: the first NPC_DB_BATCH_SIZE queued rows in one transaction through one prepared
// UPSERT reused with SqlResetQuery. Slots leave the queue only after COMMIT succeeded, so a failed
// batch (or a process killed mid-batch: SQLite rolls the open transaction back) loses nothing.
import { NpcBehaviorMetricAdd, NpcBehaviorMetricInc } from "../core/npc_metrics";
import { NpcDbBreakerAllow, NpcDbBreakerRecord } from "./npc_db_breaker";
import {
  NPC_DB_BATCH_SIZE,
  NPC_DB_METRIC_BATCH_FAILED,
  NPC_DB_METRIC_BATCHES,
  NPC_DB_METRIC_SKIPPED_OPEN,
  NPC_DB_METRIC_WRITTEN,
  NPC_DB_NAME,
  NPC_DB_QUEUE_CAPACITY,
  NPC_DB_VAR_DRAIN_SCHEDULED,
  NPC_DB_VAR_LAST_ERROR,
  NPC_DB_VAR_READY,
} from "./npc_db_config";
import { NpcDbQueueCount, NpcDbQueueHead, NpcDbSlotRead, NpcDbSlotsPop } from "./npc_db_slots";

/** Runs one statement without parameters; returns SqlGetError's text ("" on success). */
function NpcDbExec(q: sqlquery): string {
  SqlStep(q);
  return SqlGetError(q);
}

/** Ends a failed batch: rollback (once BEGIN succeeded), breaker, metric, the error kept for admins. */
function NpcDbBatchFailed(error: string, bInTransaction: boolean = true): boolean {
  const mod = GetModule();
  if (bInTransaction) NpcDbExec(SqlPrepareQueryCampaign(NPC_DB_NAME, "ROLLBACK"));
  NpcBehaviorMetricInc(mod, NPC_DB_METRIC_BATCH_FAILED);
  SetLocalString(mod, NPC_DB_VAR_LAST_ERROR, error);
  NpcDbBreakerRecord(error);
  return false;
}

/**
 * Writes one batch. TRUE when it committed or nothing was queued; FALSE when the breaker kept
 * the database closed or the batch failed (its rows stay queued).
 */
export function NpcDbFlushBatch(): boolean {
  const count = NpcDbQueueCount();
  if (count == 0) return true;
  const mod = GetModule();
  if (GetLocalInt(mod, NPC_DB_VAR_READY) != TRUE) return false;
  if (!NpcDbBreakerAllow()) {
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_SKIPPED_OPEN);
    return false;
  }
  const n = count < NPC_DB_BATCH_SIZE ? count : NPC_DB_BATCH_SIZE;
  let error = NpcDbExec(SqlPrepareQueryCampaign(NPC_DB_NAME, "BEGIN IMMEDIATE"));
  if (error != "") return NpcDbBatchFailed(error, false);
  const up = SqlPrepareQueryCampaign(
    NPC_DB_NAME,
    "INSERT INTO npc_state (npc_id, area_id, template, state, state_since, alive) VALUES (@npc_id, @area_id, @template, @state, @state_since, @alive) ON CONFLICT(npc_id) DO UPDATE SET area_id = excluded.area_id, template = excluded.template, state = excluded.state, state_since = excluded.state_since, alive = excluded.alive, row_version = npc_state.row_version + 1, updated_at = CURRENT_TIMESTAMP",
  );
  error = SqlGetError(up);
  if (error != "") return NpcDbBatchFailed(error);
  const head = NpcDbQueueHead();
  for (let i: int = 0; i < n; i++) {
    const row = NpcDbSlotRead((head + i) % NPC_DB_QUEUE_CAPACITY);
    SqlBindString(up, "@npc_id", row.npcId);
    SqlBindString(up, "@area_id", row.areaId);
    SqlBindString(up, "@template", row.template);
    SqlBindInt(up, "@state", row.state);
    SqlBindInt(up, "@state_since", row.stateSince);
    SqlBindInt(up, "@alive", row.alive);
    SqlStep(up);
    error = SqlGetError(up);
    if (error != "") return NpcDbBatchFailed(error);
    SqlResetQuery(up);
  }
  error = NpcDbExec(SqlPrepareQueryCampaign(NPC_DB_NAME, "COMMIT"));
  if (error != "") return NpcDbBatchFailed(error);
  NpcDbSlotsPop(n);
  NpcBehaviorMetricInc(mod, NPC_DB_METRIC_BATCHES);
  NpcBehaviorMetricAdd(mod, NPC_DB_METRIC_WRITTEN, n);
  NpcDbBreakerRecord("");
  return true;
}

/** Writes batches until the queue is empty, a batch fails or nMaxBatches ran; TRUE when empty. */
export function NpcDbDrain(nMaxBatches: int): boolean {
  for (let i: int = 0; i < nMaxBatches && NpcDbQueueCount() > 0; i++) {
    if (!NpcDbFlushBatch()) return false;
  }
  return NpcDbQueueCount() == 0;
}

/** One batch per script run, then the next right after it while rows remain (flush by size). */
export function NpcDbDrainStep(): void {
  DeleteLocalInt(GetModule(), NPC_DB_VAR_DRAIN_SCHEDULED);
  if (NpcDbFlushBatch() && NpcDbQueueCount() > 0) NpcDbScheduleDrain();
}

/** Schedules a drain right after the current script (at most one pending). */
export function NpcDbScheduleDrain(): void {
  const mod = GetModule();
  if (GetLocalInt(mod, NPC_DB_VAR_DRAIN_SCHEDULED) == TRUE) return;
  SetLocalInt(mod, NPC_DB_VAR_DRAIN_SCHEDULED, TRUE);
  AssignCommand(mod, () => NpcDbDrainStep());
}

