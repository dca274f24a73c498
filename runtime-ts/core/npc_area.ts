// Area controller of the NPC behaviour module: one self-scheduling timer loop per area drives the
// NPC heartbeats of that area (no area OnHeartbeat), with a RUNNING/PAUSED/STOPPED lifecycle
// that follows the players in the area.
import { NpcBehaviorMetricAdd, NpcBehaviorMetricInc } from "./npc_metrics";
import { NpcBehaviorOnHeartbeat } from "./npc_core";
import {
  NPC_AREA_BUDGET_PER_TICK,
  NPC_AREA_IDLE_STOP_AFTER_SEC,
  NPC_METRIC_AREA_DEFERRED,
  NPC_METRIC_AREA_PROCESSED,
  NPC_METRIC_AREA_SKIPPED,
  NPC_STATE_ALERT,
  NPC_VAR_AREA_DEPTH,
  NPC_VAR_DISABLE,
  NPC_VAR_INIT_DONE,
  NPC_VAR_PENDING_TOTAL,
  NPC_VAR_STATE,
} from "./npc_config";
import {
  NB_PRESENCE_ALL_HOT,
  NB_PRESENCE_LAST_TICK,
  NPC_PRESENCE_QUIET_COLD_EVERY_TICKS,
  NPC_PRESENCE_QUIET_WALK_EVERY,
  NpcBehaviorPresenceColdEvery,
  NpcBehaviorPresenceHotDistance,
  NpcBehaviorPresenceNearPC,
  NpcBehaviorPresenceNoteAttempt,
  NpcBehaviorPresencePendingMin,
} from "./npc_presence";

// Lifecycle states (nb_area_state). STOPPED is 0 so an area nobody touched is stopped.
export const NPC_AREA_STATE_STOPPED = 0;
export const NPC_AREA_STATE_RUNNING = 1;
export const NPC_AREA_STATE_PAUSED = 2;

/**
 * Seconds between two iterations of an area's timer loop (the seed: 1.0).
 * @npcCheck NPC_AREA_TICK_INTERVAL_SEC > 0
 */
export const NPC_AREA_TICK_INTERVAL_SEC: float = 1.0;

// Runtime locals on the area, owned by this controller.
export const NB_AREA_STATE = "nb_area_state";
export const NB_AREA_ACTIVE = "nb_area_active";
export const NB_AREA_TIMER_RUNNING = "nb_area_timer_running";
export const NB_AREA_TICK_SEQ = "nb_area_tick_seq";
export const NB_AREA_IDLE_TICKS = "nb_area_idle_ticks";
/** Prefix of the per-tick selection slots (nb_area_pick_0…), emptied within the same tick. */
export const NB_AREA_PICK = "nb_area_pick_";
/** Prefix of the wrap-around picks' cursor positions, emptied within the same tick. */
export const NB_AREA_PICK_AT = "nb_area_pick_at_";
/** Hot NPCs seen at the last walk (0: unset); a quiet area needs none. */
export const NB_AREA_HOT_SEEN = "nb_area_hot_seen";


// Builder settings on the area.
export const NB_AREA_ALWAYS_ON = "npc_area_always_on";
export const NB_AREA_IDLE_STOP_AFTER = "npc_area_idle_stop_after_sec";
export const NB_AREA_BUDGET = "npc_area_budget_per_tick";

/** Dispatcher ticks run (RUNNING iterations of the loop); the loop-count check reads it. */
export const NB_AREA_METRIC_TICKS = "npc_area_metric_tick_count";
/** Eligible NPCs left out of a walked tick because they were cold and not due (npc_presence). */
export const NB_AREA_METRIC_COLD = "npc_area_metric_cold_count";
/** Ticks of a quiet area without a walk (npc_presence): no NPC was looked at. */
export const NB_AREA_METRIC_QUIET = "npc_area_metric_quiet_tick_count";

/** Lifecycle state of the area (NPC_AREA_STATE_*). */
export function NpcBehaviorAreaGetState(oArea: object): int {
  return GetLocalInt(oArea, NB_AREA_STATE);
}

/** TRUE while the area is RUNNING. */
export function NpcBehaviorAreaIsActive(oArea: object): boolean {
  return GetLocalInt(oArea, NB_AREA_STATE) == NPC_AREA_STATE_RUNNING;
}

/**
 * PCs whose area is oArea, leaving out oExcept (OBJECT_INVALID: none). During OnExit the leaving
 * PC may or may not still be counted (see OnExit).
 */
export function NpcBehaviorCountPlayersInArea(oArea: object, oExcept: object = OBJECT_INVALID): int {
  let n: int = 0;
  let pc = GetFirstPC();
  while (GetIsObjectValid(pc)) {
    if (GetArea(pc) == oArea && pc != oExcept) n++;
    pc = GetNextPC();
  }
  return n;
}

/** TRUE when a PC's area is oArea (stops at the first one, unlike the count). */
export function NpcBehaviorAreaHasPlayer(oArea: object): boolean {
  let pc = GetFirstPC();
  while (GetIsObjectValid(pc)) {
    if (GetArea(pc) == oArea) return true;
    pc = GetNextPC();
  }
  return false;
}

/** Auto-start policy: a PC in the area, or the area is marked npc_area_always_on. */
export function NpcBehaviorAreaShouldAutoStart(oArea: object): boolean {
  if (!GetIsObjectValid(oArea)) return false;
  if (GetLocalInt(oArea, NB_AREA_ALWAYS_ON) == TRUE) return true;
  return NpcBehaviorCountPlayersInArea(oArea) > 0;
}

/** Writes the lifecycle state; nb_area_active mirrors RUNNING for older callers. */
function NpcBehaviorAreaSetState(oArea: object, nState: int): void {
  if (nState == NPC_AREA_STATE_STOPPED) DeleteLocalInt(oArea, NB_AREA_STATE);
  else SetLocalInt(oArea, NB_AREA_STATE, nState);
  if (nState == NPC_AREA_STATE_RUNNING) SetLocalInt(oArea, NB_AREA_ACTIVE, TRUE);
  else DeleteLocalInt(oArea, NB_AREA_ACTIVE);
}

/** RUNNING, and the area's timer loop unless one is already running (never a second one). */
export function NpcBehaviorAreaActivate(oArea: object): void {
  if (!GetIsObjectValid(oArea)) return;
  NpcBehaviorAreaSetState(oArea, NPC_AREA_STATE_RUNNING);
  DeleteLocalInt(oArea, NB_AREA_IDLE_TICKS);
  if (GetLocalInt(oArea, NB_AREA_TIMER_RUNNING) == TRUE) return;
  SetLocalInt(oArea, NB_AREA_TIMER_RUNNING, TRUE);
  // The first iteration runs right after the current script, owned by the area, so every later
  // DelayCommand of the loop is the area's too.
  AssignCommand(oArea, () => NpcBehaviorAreaTickLoop(oArea));
}

/** STOPPED: the loop ends at its next iteration and clears the timer guard. */
export function NpcBehaviorAreaDeactivate(oArea: object): void {
  if (!GetIsObjectValid(oArea)) return;
  NpcBehaviorAreaSetState(oArea, NPC_AREA_STATE_STOPPED);
  DeleteLocalInt(oArea, NB_AREA_IDLE_TICKS);
  DeleteLocalInt(oArea, NB_AREA_TICK_SEQ);
  DeleteLocalInt(oArea, NB_AREA_HOT_SEEN);
}

/** PAUSED (from RUNNING only): the loop keeps polling lightly until players return or idle ends. */
export function NpcBehaviorAreaPause(oArea: object): void {
  if (!NpcBehaviorAreaIsActive(oArea)) return;
  NpcBehaviorAreaSetState(oArea, NPC_AREA_STATE_PAUSED);
  DeleteLocalInt(oArea, NB_AREA_IDLE_TICKS);
}

/** Back to RUNNING through the activate path (which never starts a second loop). */
export function NpcBehaviorAreaResume(oArea: object): void {
  NpcBehaviorAreaActivate(oArea);
}

/** Idle window in seconds: the area's npc_area_idle_stop_after_sec, 180 when unset or not > 0. */
export function NpcBehaviorAreaIdleStopAfterSec(oArea: object): int {
  const n = GetLocalInt(oArea, NB_AREA_IDLE_STOP_AFTER);
  return n > 0 ? n : NPC_AREA_IDLE_STOP_AFTER_SEC;
}

/** NPC heartbeats per area tick: the area's npc_area_budget_per_tick, else the default. */
export function NpcBehaviorAreaBudget(oArea: object): int {
  const n = GetLocalInt(oArea, NB_AREA_BUDGET);
  return n > 0 ? n : NPC_AREA_BUDGET_PER_TICK;
}

/**
 * One iteration of the area's timer loop, every NPC_AREA_TICK_INTERVAL_SEC. RUNNING dispatches;
 * PAUSED resumes when players (or always-on) are back, else counts idle seconds and stops after
 * the idle window; STOPPED ends the loop.
 */
export function NpcBehaviorAreaTickLoop(oArea: object): void {
  if (!GetIsObjectValid(oArea)) return;
  let state = NpcBehaviorAreaGetState(oArea);
  if (state == NPC_AREA_STATE_PAUSED) {
    if (NpcBehaviorAreaShouldAutoStart(oArea)) {
      NpcBehaviorAreaResume(oArea);
      state = NPC_AREA_STATE_RUNNING;
    } else {
      const idle = GetLocalInt(oArea, NB_AREA_IDLE_TICKS) + 1;
      // Stop only once the whole window has passed (idle seconds > window), never before.
      if (IntToFloat(idle) * NPC_AREA_TICK_INTERVAL_SEC > IntToFloat(NpcBehaviorAreaIdleStopAfterSec(oArea))) {
        NpcBehaviorAreaDeactivate(oArea);
        state = NPC_AREA_STATE_STOPPED;
      } else {
        SetLocalInt(oArea, NB_AREA_IDLE_TICKS, idle);
      }
    }
  }
  if (state != NPC_AREA_STATE_RUNNING && state != NPC_AREA_STATE_PAUSED) {
    DeleteLocalInt(oArea, NB_AREA_TIMER_RUNNING);
    return;
  }
  if (state == NPC_AREA_STATE_RUNNING) NpcBehaviorOnAreaTick(oArea);
  DelayCommand(NPC_AREA_TICK_INTERVAL_SEC, () => NpcBehaviorAreaTickLoop(oArea));
}

/** Dispatcher filter: creatures only, non-PC, initialised, not disabled. */
export function NpcBehaviorAreaIsEligible(oNpc: object): boolean {
  if (GetObjectType(oNpc) != OBJECT_TYPE_CREATURE) return false;
  if (GetIsPC(oNpc) == TRUE) return false;
  if (GetLocalInt(oNpc, NPC_VAR_INIT_DONE) != TRUE) return false;
  return GetLocalInt(oNpc, NPC_VAR_DISABLE) != TRUE;
}

/**
 * One area tick: the eligible NPCs due in this tick (hot, or cold on their own tick or owed one:
 * see npc_presence), at most the budget, each get NpcBehaviorOnHeartbeat. One walk of the area's
 * creatures decides and picks; the area-wide facts (players here, settings) are read once.
 * The stagger cursor nb_area_tick_seq is a position among the area's eligible NPCs (in area
 * order): the picks are the first due NPCs from there, then (wrapping) from the start, and the
 * cursor moves past the last NPC picked, so an NPC that stays due is reached within
 * ceil(eligible / budget) + 1 walks whichever others come and go. The selection is stored first
 * and the heartbeats run after the walk, so a heartbeat that walks the area cannot disturb it.
 * A quiet area (npc_presence) is walked only every NPC_PRESENCE_QUIET_WALK_EVERY ticks, with that
 * many ticks' budget, its cold NPCs due every NPC_PRESENCE_QUIET_COLD_EVERY_TICKS.
 * Metrics: processed (heartbeat TRUE), skipped (FALSE), deferred (due, not reached because of
 * the budget), cold (eligible, resting in a walked tick), quiet ticks (ticks without a walk), so
 * processed + skipped + deferred + cold = eligible NPCs × walked ticks.
 */
export function NpcBehaviorOnAreaTick(oArea: object): void {
  if (!GetIsObjectValid(oArea)) return;
  NpcBehaviorMetricInc(oArea, NB_AREA_METRIC_TICKS);
  const tickNo = GetLocalInt(oArea, NB_AREA_METRIC_TICKS);
  // Only an always-on area can be without players while RUNNING (the others pause when the
  // last one leaves), so only there are the module's PCs looked through, and only there can
  // the area be quiet. A quiet tick between walks is decided from area locals alone.
  const alwaysOn = GetLocalInt(oArea, NB_AREA_ALWAYS_ON) == TRUE;
  const allHot = GetLocalInt(oArea, NB_PRESENCE_ALL_HOT) == TRUE;
  const window: int = NPC_PRESENCE_QUIET_WALK_EVERY;
  const maybeQuiet = alwaysOn && !allHot && GetLocalInt(oArea, NB_AREA_HOT_SEEN) == 0 && GetLocalInt(oArea, NPC_VAR_AREA_DEPTH) == 0;
  if (maybeQuiet && tickNo % window != 0 && !NpcBehaviorAreaHasPlayer(oArea)) {
    NpcBehaviorMetricInc(oArea, NB_AREA_METRIC_QUIET);
    return;
  }
  const playersHere = !alwaysOn || NpcBehaviorAreaHasPlayer(oArea);
  const quiet = maybeQuiet && !playersHere;
  const walkSpan: int = quiet ? window : 1;
  const every: int = quiet ? NPC_PRESENCE_QUIET_COLD_EVERY_TICKS : NpcBehaviorPresenceColdEvery(oArea);
  const range = NpcBehaviorPresenceHotDistance(oArea);
  const pendingMin = NpcBehaviorPresencePendingMin(oArea);
  const budget = NpcBehaviorAreaBudget(oArea) * walkSpan;
  const start = GetLocalInt(oArea, NB_AREA_TICK_SEQ);
  let eligible: int = 0;
  let due: int = 0;
  let hotSeen: int = 0;
  // Picks from the cursor on go to slots 0.., due NPCs before the cursor to slots budget.. (the
  // wrap-around), each list at most the budget long.
  let picked: int = 0;
  let wrapped: int = 0;
  let next: int = start;
  // (eligible + tickNo) % every, kept as the walk goes.
  let phase: int = tickNo % every;
  let o = GetFirstObjectInArea(oArea, OBJECT_TYPE_CREATURE);
  while (GetIsObjectValid(o)) {
    // The filter of NpcBehaviorAreaIsEligible, cheapest test first (the walk is of creatures).
    if (GetLocalInt(o, NPC_VAR_INIT_DONE) == TRUE && GetLocalInt(o, NPC_VAR_DISABLE) != TRUE && GetIsPC(o) != TRUE) {
      // The presence policy (npc_presence), inlined (a call per NPC and rule costs more than
      // the rule), cheapest test first. Due: hot by activity (ALERT or COMBAT — the states above
      // IDLE —, or pending events), on its own tick whatever its presence (its position picks
      // one tick in every `every`; a quiet walk covers `walkSpan` ticks), hot by a PC near, or
      // owed a missed tick. Busy NPCs are counted: they keep the area out of quiet mode.
      let isDue: boolean = true;
      if (!allHot) {
        if (GetLocalInt(o, NPC_VAR_STATE) >= NPC_STATE_ALERT) {
          hotSeen++;
        } else if (GetLocalInt(o, NPC_VAR_PENDING_TOTAL) >= pendingMin) {
          hotSeen++;
        } else if (phase >= walkSpan) {
          if (!playersHere || !NpcBehaviorPresenceNearPC(o, range)) {
            const since = tickNo - GetLocalInt(o, NB_PRESENCE_LAST_TICK);
            isDue = since > every || since < 0;
          }
        }
      }
      phase++;
      if (phase == every) phase = 0;
      if (isDue) {
        due++;
        if (eligible >= start) {
          if (picked < budget) {
            SetLocalObject(oArea, NB_AREA_PICK + IntToString(picked), o);
            picked++;
            next = eligible + 1;
          }
        } else if (wrapped < budget) {
          SetLocalObject(oArea, NB_AREA_PICK + IntToString(budget + wrapped), o);
          SetLocalInt(oArea, NB_AREA_PICK_AT + IntToString(wrapped), eligible + 1);
          wrapped++;
        }
      }
      eligible++;
    }
    o = GetNextObjectInArea(oArea, OBJECT_TYPE_CREATURE);
  }
  if (hotSeen > 0) SetLocalInt(oArea, NB_AREA_HOT_SEEN, hotSeen);
  else DeleteLocalInt(oArea, NB_AREA_HOT_SEEN);
  if (eligible > due) NpcBehaviorMetricAdd(oArea, NB_AREA_METRIC_COLD, eligible - due);
  // Wrap around: the due NPCs before the cursor, in order, into the free pick slots.
  for (let i: int = 0; i < wrapped; i++) {
    const key = NB_AREA_PICK + IntToString(budget + i);
    const atKey = NB_AREA_PICK_AT + IntToString(i);
    if (picked < budget) {
      SetLocalObject(oArea, NB_AREA_PICK + IntToString(picked), GetLocalObject(oArea, key));
      picked++;
      next = GetLocalInt(oArea, atKey);
    }
    DeleteLocalObject(oArea, key);
    DeleteLocalInt(oArea, atKey);
  }
  let processed: int = 0;
  let skipped: int = 0;
  for (let i: int = 0; i < picked; i++) {
    const key = NB_AREA_PICK + IntToString(i);
    const npc = GetLocalObject(oArea, key);
    DeleteLocalObject(oArea, key);
    NpcBehaviorPresenceNoteAttempt(npc, tickNo);
    if (NpcBehaviorOnHeartbeat(npc)) processed++;
    else skipped++;
  }
  if (processed > 0) NpcBehaviorMetricAdd(oArea, NPC_METRIC_AREA_PROCESSED, processed);
  if (skipped > 0) NpcBehaviorMetricAdd(oArea, NPC_METRIC_AREA_SKIPPED, skipped);
  if (due > picked) NpcBehaviorMetricAdd(oArea, NPC_METRIC_AREA_DEFERRED, due - picked);
  if (eligible == 0) DeleteLocalInt(oArea, NB_AREA_TICK_SEQ);
  else if (picked > 0) SetLocalInt(oArea, NB_AREA_TICK_SEQ, next % eligible);
}

/** Area OnEnter: activates a non-running area when a PC enters or is already counted there. */
export function NpcBehaviorAreaOnEnter(oArea: object, oEntering: object): void {
  if (NpcBehaviorAreaIsActive(oArea)) return;
  if (GetIsPC(oEntering) == TRUE || NpcBehaviorAreaShouldAutoStart(oArea)) NpcBehaviorAreaActivate(oArea);
}

/**
 * Area OnExit: pauses a running area when no PC remains after the exit; an always-on area keeps
 * running. The exiting creature may or may not still be in the area's lists here, so the count
 * leaves it out by identity: while it is still counted this is the seed's rule (a leaving PC
 * pauses at a count of at most 1, a leaving NPC at 0), and when the engine already dropped it a
 * second PC still in the area keeps it running (the seed's "<= 1" alone would pause it).
 */
export function NpcBehaviorAreaOnExit(oArea: object, oExiting: object): void {
  if (!NpcBehaviorAreaIsActive(oArea)) return;
  if (GetLocalInt(oArea, NB_AREA_ALWAYS_ON) == TRUE) return;
  if (NpcBehaviorCountPlayersInArea(oArea, oExiting) == 0) NpcBehaviorAreaPause(oArea);
}

/** Module load: recovers the controller of every area the auto-start policy selects. */
export function NpcBehaviorBootstrapModuleAreas(): void {
  let area = GetFirstArea();
  while (GetIsObjectValid(area)) {
    if (NpcBehaviorAreaShouldAutoStart(area)) NpcBehaviorAreaActivate(area);
    area = GetNextArea();
  }
}
