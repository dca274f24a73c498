// Marking NPCs dirty: every persisted change goes through NpcDbEnqueue, which coalesces (one
// pending write per NPC) and applies the backpressure policy when the queue is full:
//   1. the breaker lets writes through: one batch is written now (counted queue_full_flush);
//   2. otherwise the change stays marked on the NPC (npc_db_deferred, counted deferred) and is
//      re-queued by the NPC's next change or heartbeat, or by the sweep of the flush loop and of
//      shutdown. Only a deferred change whose NPC is destroyed before that can be lost; the sweep
//      counts each one (npc_db_metric_lost_count) with a log line.
import { NpcBehaviorMetricAdd, NpcBehaviorMetricInc } from "../core/npc_metrics";
import {
  NPC_DB_BREAKER_CLOSED,
  NPC_DB_BREAKER_OPEN,
  NPC_DB_CATCH_UP_SEC,
  NPC_DB_FLUSH_INTERVAL_SEC,
  NPC_DB_FLUSH_THRESHOLD,
  NPC_DB_METRIC_COALESCED,
  NPC_DB_METRIC_DEFERRED,
  NPC_DB_METRIC_LOST,
  NPC_DB_METRIC_MARKED,
  NPC_DB_METRIC_QUEUE_FULL,
  NPC_DB_METRIC_QUEUE_FULL_FLUSH,
  NPC_DB_METRIC_REQUEUED,
  NPC_DB_QUEUE_CAPACITY,
  NPC_DB_SWEEP_MAX_OBJECTS,
  NPC_DB_SWEEP_MAX_REQUEUE,
  NPC_DB_VAR_DEFERRED,
  NPC_DB_VAR_DEFERRED_ALIVE,
  NPC_DB_VAR_DEFERRED_PENDING,
  NPC_DB_VAR_LOOP_RUNNING,
  NPC_DB_VAR_READY,
  NPC_DB_VAR_SWEEP_AREA,
  NPC_DB_VAR_SWEEP_CYCLE_PENDING,
  NPC_DB_VAR_SWEEP_FOUND,
  NPC_DB_VAR_SWEEP_SKIP,
} from "./npc_db_config";
import { NpcDbQueueCount, NpcDbSlotAppend, NpcDbSlotOf, NpcDbSlotWrite } from "./npc_db_slots";
import { NpcDbBreakerState } from "./npc_db_breaker";
import { NpcDbDrainStep, NpcDbFlushBatch, NpcDbScheduleDrain } from "./npc_db_writer";

/** Forgets the NPC's deferred mark (its change is queued now). */
function NpcDbClearDeferred(oNpc: object): void {
  if (GetLocalInt(oNpc, NPC_DB_VAR_DEFERRED) != TRUE) return;
  DeleteLocalInt(oNpc, NPC_DB_VAR_DEFERRED);
  DeleteLocalInt(oNpc, NPC_DB_VAR_DEFERRED_ALIVE);
  const mod = GetModule();
  SetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING, GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING) - 1);
  NpcBehaviorMetricInc(mod, NPC_DB_METRIC_REQUEUED);
}

/**
 * Queues the NPC's current row (alive flag nAlive). TRUE when it is queued; FALSE when the queue
 * stayed full and the change is deferred on the NPC (never dropped).
 */
export function NpcDbEnqueue(oNpc: object, nAlive: int): boolean {
  if (!GetIsObjectValid(oNpc)) return false;
  const mod = GetModule();
  const own = NpcDbSlotOf(oNpc);
  if (own >= 0) {
    NpcDbSlotWrite(own, oNpc, nAlive);
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_COALESCED);
    NpcDbClearDeferred(oNpc);
    return true;
  }
  if (NpcDbQueueCount() >= NPC_DB_QUEUE_CAPACITY) {
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_QUEUE_FULL);
    if (NpcDbFlushBatch()) NpcBehaviorMetricInc(mod, NPC_DB_METRIC_QUEUE_FULL_FLUSH);
    if (NpcDbQueueCount() >= NPC_DB_QUEUE_CAPACITY) {
      if (GetLocalInt(oNpc, NPC_DB_VAR_DEFERRED) != TRUE) {
        SetLocalInt(oNpc, NPC_DB_VAR_DEFERRED, TRUE);
        SetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING, GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING) + 1);
      }
      SetLocalInt(oNpc, NPC_DB_VAR_DEFERRED_ALIVE, nAlive);
      NpcBehaviorMetricInc(mod, NPC_DB_METRIC_DEFERRED);
      NpcDbArmFlushLoop();
      return false;
    }
  }
  NpcDbSlotAppend(oNpc, nAlive);
  NpcDbClearDeferred(oNpc);
  if (NpcDbQueueCount() >= NPC_DB_FLUSH_THRESHOLD) NpcDbScheduleDrain();
  else NpcDbArmFlushLoop();
  return true;
}

/** A persisted field of a living NPC changed (state transitions call this). */
export function NpcDbMarkDirty(oNpc: object): void {
  NpcBehaviorMetricInc(GetModule(), NPC_DB_METRIC_MARKED);
  NpcDbEnqueue(oNpc, GetIsDead(oNpc) ? 0 : 1);
}

/** The NPC died: its row gets alive = 0. */
export function NpcDbMarkDead(oNpc: object): void {
  NpcBehaviorMetricInc(GetModule(), NPC_DB_METRIC_MARKED);
  NpcDbEnqueue(oNpc, 0);
}

/** Re-queues the NPC's deferred change, if it has one and there is room (heartbeats call this). */
export function NpcDbRequeueDeferred(oNpc: object): void {
  if (GetLocalInt(oNpc, NPC_DB_VAR_DEFERRED) != TRUE) return;
  if (NpcDbQueueCount() >= NPC_DB_QUEUE_CAPACITY) return;
  NpcDbEnqueue(oNpc, GetLocalInt(oNpc, NPC_DB_VAR_DEFERRED_ALIVE));
}

/**
 * Walks the areas' creatures from where the previous sweep stopped (area ordinal and creature
 * ordinal in module locals), at most NPC_DB_SWEEP_MAX_OBJECTS, re-queuing deferred changes while
 * there is room (at most NPC_DB_SWEEP_MAX_REQUEUE). When a cycle over the whole module ends having
 * seen fewer deferred NPCs than were pending when it began, the others were destroyed: those
 * changes are lost, counted and logged. Returns the deferred changes left.
 */
export function NpcDbSweepDeferred(): int {
  const mod = GetModule();
  const pending = GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING);
  if (pending <= 0) return 0;
  let areaNo = GetLocalInt(mod, NPC_DB_VAR_SWEEP_AREA);
  let skip = GetLocalInt(mod, NPC_DB_VAR_SWEEP_SKIP);
  if (areaNo == 0 && skip == 0) {
    SetLocalInt(mod, NPC_DB_VAR_SWEEP_CYCLE_PENDING, pending);
    DeleteLocalInt(mod, NPC_DB_VAR_SWEEP_FOUND);
  }
  let found = GetLocalInt(mod, NPC_DB_VAR_SWEEP_FOUND);
  let visited: int = 0;
  let requeued: int = 0;
  let area = GetFirstArea();
  for (let i: int = 0; i < areaNo && GetIsObjectValid(area); i++) area = GetNextArea();
  while (GetIsObjectValid(area) && visited < NPC_DB_SWEEP_MAX_OBJECTS) {
    let o = GetFirstObjectInArea(area, OBJECT_TYPE_CREATURE);
    for (let k: int = 0; k < skip && GetIsObjectValid(o); k++) o = GetNextObjectInArea(area, OBJECT_TYPE_CREATURE);
    while (GetIsObjectValid(o) && visited < NPC_DB_SWEEP_MAX_OBJECTS) {
      visited++;
      skip++;
      if (GetLocalInt(o, NPC_DB_VAR_DEFERRED) == TRUE) {
        found++;
        if (requeued < NPC_DB_SWEEP_MAX_REQUEUE && NpcDbQueueCount() < NPC_DB_QUEUE_CAPACITY) {
          NpcDbRequeueDeferred(o);
          requeued++;
        }
      }
      o = GetNextObjectInArea(area, OBJECT_TYPE_CREATURE);
    }
    if (GetIsObjectValid(o)) break;
    area = GetNextArea();
    areaNo++;
    skip = 0;
  }
  if (GetIsObjectValid(area)) {
    SetLocalInt(mod, NPC_DB_VAR_SWEEP_AREA, areaNo);
    SetLocalInt(mod, NPC_DB_VAR_SWEEP_SKIP, skip);
    SetLocalInt(mod, NPC_DB_VAR_SWEEP_FOUND, found);
    return GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING);
  }
  // The cycle is over: the next sweep starts from the first area.
  DeleteLocalInt(mod, NPC_DB_VAR_SWEEP_AREA);
  DeleteLocalInt(mod, NPC_DB_VAR_SWEEP_SKIP);
  DeleteLocalInt(mod, NPC_DB_VAR_SWEEP_FOUND);
  const lost = GetLocalInt(mod, NPC_DB_VAR_SWEEP_CYCLE_PENDING) - found;
  if (lost > 0) {
    NpcBehaviorMetricAdd(mod, NPC_DB_METRIC_LOST, lost);
    SetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING, GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING) - lost);
    WriteTimestampedLogEntry("npc_db lost " + IntToString(lost) + " deferred change(s): their NPCs were destroyed before the queue had room");
  }
  return GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING);
}

/**
 * Flush by interval: arms the module's timer when the writer goes from idle to busy (never a
 * second one); its iteration runs NPC_DB_FLUSH_INTERVAL_SEC later.
 */
export function NpcDbArmFlushLoop(): void {
  const mod = GetModule();
  if (GetLocalInt(mod, NPC_DB_VAR_LOOP_RUNNING) == TRUE || GetLocalInt(mod, NPC_DB_VAR_READY) != TRUE) return;
  SetLocalInt(mod, NPC_DB_VAR_LOOP_RUNNING, TRUE);
  AssignCommand(mod, () => DelayCommand(NPC_DB_FLUSH_INTERVAL_SEC, () => NpcDbFlushLoop()));
}

/**
 * One iteration: re-queue deferred changes, write what is queued, and come back after the interval
 * while anything is left; an idle writer schedules nothing.
 */
export function NpcDbFlushLoop(): void {
  const mod = GetModule();
  if (GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING) > 0 && NpcDbBreakerState() != NPC_DB_BREAKER_OPEN) NpcDbSweepDeferred();
  if (NpcDbQueueCount() > 0) NpcDbDrainStep();
  const deferred = GetLocalInt(mod, NPC_DB_VAR_DEFERRED_PENDING);
  if (deferred > 0 && NpcDbBreakerState() == NPC_DB_BREAKER_CLOSED) {
    // A deferred backlog is caught up sweep after sweep, not one sweep per interval.
    DelayCommand(NPC_DB_CATCH_UP_SEC, () => NpcDbFlushLoop());
  } else if (NpcDbQueueCount() > 0 || deferred > 0) {
    DelayCommand(NPC_DB_FLUSH_INTERVAL_SEC, () => NpcDbFlushLoop());
  } else {
    DeleteLocalInt(mod, NPC_DB_VAR_LOOP_RUNNING);
  }
}
