// The NPC event handlers: each hook script calls one of them with OBJECT_SELF.
// Order in every handler: disable guard, intake (strict or CRITICAL bypass), metric, state flow.
import {
  NPC_COMBAT_EXIT_SEC,
  NPC_DEFAULT_ALERT_DECAY_SEC,
  NPC_DEFAULT_TICK_COMBAT_SEC,
  NPC_DEFAULT_TICK_IDLE_SEC,
  NPC_EVENT_COMBAT_ROUND,
  NPC_EVENT_DAMAGED,
  NPC_EVENT_DIALOGUE,
  NPC_EVENT_PERCEPTION,
  NPC_EVENT_PHYSICAL_ATTACKED,
  NPC_EVENT_SPELL_CAST_AT,
  NPC_METRIC_COMBAT_ROUND,
  NPC_METRIC_DAMAGED,
  NPC_METRIC_DEATH,
  NPC_METRIC_DIALOG,
  NPC_METRIC_HEARTBEAT,
  NPC_METRIC_HEARTBEAT_SKIPPED,
  NPC_METRIC_INTAKE_BYPASS_CRITICAL,
  NPC_METRIC_PERCEPTION,
  NPC_METRIC_PHYSICAL_ATTACKED,
  NPC_METRIC_SPAWN,
  NPC_METRIC_SPELL_CAST_AT,
  NPC_PRIORITY_CRITICAL,
  NPC_PRIORITY_HIGH,
  NPC_PRIORITY_LOW,
  NPC_PRIORITY_NORMAL,
  NPC_STATE_ALERT,
  NPC_STATE_COMBAT,
  NPC_STATE_IDLE,
  NPC_VAR_ALERT_DECAY,
  NPC_VAR_INIT_DONE,
  NPC_VAR_LAST_HEARTBEAT,
  NPC_VAR_LAST_HOSTILE,
  NPC_VAR_PENDING_TOTAL,
  NPC_VAR_STATE_SINCE,
  NPC_VAR_TICK_COMBAT,
  NPC_VAR_TICK_IDLE,
  NPC_VAR_TPL_ALERT_DECAY,
  NPC_VAR_TPL_TICK_COMBAT,
  NPC_VAR_TPL_TICK_IDLE,
} from "./npc_config";
import { NpcBehaviorTryIntakeEvent } from "./npc_intake";
import { NpcDbMarkDead, NpcDbRequeueDeferred } from "../persist/npc_db_queue";
import { NpcDbRestore } from "../persist/npc_db_restore";
import { NpcBehaviorMetricInc } from "./npc_metrics";
import { NpcBehaviorAreaIsDegraded, NpcBehaviorConsumePending, NpcBehaviorFlushPending } from "./npc_queue";
import {
  NpcBehaviorEnterCombat,
  NpcBehaviorGetState,
  NpcBehaviorIsDisabled,
  NpcBehaviorIsHostile,
  NpcBehaviorRaiseAlert,
  NpcBehaviorSecondsSince,
  NpcBehaviorSetState,
  NpcBehaviorStamp,
} from "./npc_state";

/** Copies a template string local (when set) into its int runtime local. */
function NpcBehaviorApplyTemplate(oNpc: object, tplName: string, varName: string): void {
  const text = GetLocalString(oNpc, tplName);
  if (text != "") SetLocalInt(oNpc, varName, StringToInt(text));
}

/** Template values, fallback validation and the IDLE state; runs once per NPC. */
export function NpcBehaviorInitialize(oNpc: object): void {
  if (GetLocalInt(oNpc, NPC_VAR_INIT_DONE) == TRUE) return;
  NpcBehaviorApplyTemplate(oNpc, NPC_VAR_TPL_TICK_IDLE, NPC_VAR_TICK_IDLE);
  NpcBehaviorApplyTemplate(oNpc, NPC_VAR_TPL_TICK_COMBAT, NPC_VAR_TICK_COMBAT);
  NpcBehaviorApplyTemplate(oNpc, NPC_VAR_TPL_ALERT_DECAY, NPC_VAR_ALERT_DECAY);
  if (GetLocalInt(oNpc, NPC_VAR_TICK_IDLE) < 1) SetLocalInt(oNpc, NPC_VAR_TICK_IDLE, NPC_DEFAULT_TICK_IDLE_SEC);
  if (GetLocalInt(oNpc, NPC_VAR_TICK_COMBAT) < 1) SetLocalInt(oNpc, NPC_VAR_TICK_COMBAT, NPC_DEFAULT_TICK_COMBAT_SEC);
  if (GetLocalInt(oNpc, NPC_VAR_ALERT_DECAY) <= 0) SetLocalInt(oNpc, NPC_VAR_ALERT_DECAY, NPC_DEFAULT_ALERT_DECAY_SEC);
  NpcBehaviorSetState(oNpc, NPC_STATE_IDLE);
  SetLocalInt(oNpc, NPC_VAR_INIT_DONE, TRUE);
  // The persisted state, if the NPC has a row (before module load: restored by the boot).
  NpcDbRestore(oNpc);
}

export function NpcBehaviorOnSpawn(oNpc: object = OBJECT_SELF): void {
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_SPAWN);
  if (NpcBehaviorIsDisabled(oNpc)) return;
  NpcBehaviorInitialize(oNpc);
}

export function NpcBehaviorOnPerception(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  const seen = GetLastPerceived();
  if (!GetIsObjectValid(seen)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_PERCEPTION, NPC_PRIORITY_NORMAL)) return;
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_PERCEPTION);
  // Losing sight of something or no longer hearing it raises nothing.
  if (!GetLastPerceptionSeen() && !GetLastPerceptionHeard()) return;
  if (NpcBehaviorIsHostile(seen, oNpc)) NpcBehaviorEnterCombat(oNpc);
  else NpcBehaviorRaiseAlert(oNpc);
}

export function NpcBehaviorOnDamaged(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_DAMAGED, NPC_PRIORITY_CRITICAL)) {
    NpcBehaviorMetricInc(oNpc, NPC_METRIC_INTAKE_BYPASS_CRITICAL);
  }
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_DAMAGED);
  const damager = GetLastDamager(oNpc);
  if (GetIsObjectValid(damager) && damager != oNpc) NpcBehaviorEnterCombat(oNpc);
}

export function NpcBehaviorOnPhysicalAttacked(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_PHYSICAL_ATTACKED, NPC_PRIORITY_CRITICAL)) {
    NpcBehaviorMetricInc(oNpc, NPC_METRIC_INTAKE_BYPASS_CRITICAL);
  }
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_PHYSICAL_ATTACKED);
  if (NpcBehaviorIsHostile(GetLastAttacker(oNpc), oNpc)) NpcBehaviorEnterCombat(oNpc);
}

export function NpcBehaviorOnSpellCastAt(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_SPELL_CAST_AT, NPC_PRIORITY_HIGH)) return;
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_SPELL_CAST_AT);
  if (NpcBehaviorIsHostile(GetLastSpellCaster(), oNpc)) NpcBehaviorEnterCombat(oNpc);
}

/** Flushes the NPC's pending entries before anything else, then counts the death. */
export function NpcBehaviorOnDeath(oNpc: object = OBJECT_SELF): void {
  NpcBehaviorFlushPending(oNpc);
  NpcDbMarkDead(oNpc);
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_DEATH);
}

export function NpcBehaviorOnDialogue(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_DIALOGUE, NPC_PRIORITY_NORMAL)) return;
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_DIALOG);
  // Being spoken to interrupts combat.
  if (NpcBehaviorGetState(oNpc) == NPC_STATE_COMBAT) NpcBehaviorSetState(oNpc, NPC_STATE_ALERT);
}

/** Canonical end-of-round handler: COMBAT → ALERT once no hostile trigger came for a while. */
export function NpcBehaviorOnEndCombatRound(oNpc: object = OBJECT_SELF): void {
  if (NpcBehaviorIsDisabled(oNpc)) return;
  if (!NpcBehaviorTryIntakeEvent(oNpc, NPC_EVENT_COMBAT_ROUND, NPC_PRIORITY_LOW)) return;
  if (
    NpcBehaviorGetState(oNpc) == NPC_STATE_COMBAT &&
    NpcBehaviorSecondsSince(GetLocalInt(oNpc, NPC_VAR_LAST_HOSTILE)) >= NPC_COMBAT_EXIT_SEC
  ) {
    NpcBehaviorSetState(oNpc, NPC_STATE_ALERT);
  }
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_COMBAT_ROUND);
  NpcBehaviorOnHeartbeat(oNpc);
}

/** Compatibility wrapper: one path for end-of-round handling. */
export function NpcBehaviorOnCombatRound(oNpc: object = OBJECT_SELF): void {
  NpcBehaviorOnEndCombatRound(oNpc);
}

/** Interval throttle: TRUE when the state's tick interval has passed since the last heartbeat. */
export function NpcBehaviorShouldProcess(oNpc: object): boolean {
  const interval: int =
    NpcBehaviorGetState(oNpc) == NPC_STATE_COMBAT ? GetLocalInt(oNpc, NPC_VAR_TICK_COMBAT) : GetLocalInt(oNpc, NPC_VAR_TICK_IDLE);
  return NpcBehaviorSecondsSince(GetLocalInt(oNpc, NPC_VAR_LAST_HEARTBEAT)) >= interval;
}

/**
 * One heartbeat of the NPC; TRUE when it really ran. Skipped (FALSE, counted) for dead, disabled
 * or uninitialised NPCs, idle NPCs with nothing pending while their area is degraded, and before
 * the tick interval has passed. A run consumes the NPC's pending events and decays ALERT → IDLE.
 */
export function NpcBehaviorOnHeartbeat(oNpc: object): boolean {
  if (!GetIsObjectValid(oNpc)) return false;
  NpcDbRequeueDeferred(oNpc);
  NpcBehaviorMetricInc(oNpc, NPC_METRIC_HEARTBEAT);
  let run: boolean = true;
  if (GetIsDead(oNpc) || NpcBehaviorIsDisabled(oNpc) || GetLocalInt(oNpc, NPC_VAR_INIT_DONE) != TRUE) run = false;
  else if (
    NpcBehaviorAreaIsDegraded(GetArea(oNpc)) &&
    NpcBehaviorGetState(oNpc) == NPC_STATE_IDLE &&
    GetLocalInt(oNpc, NPC_VAR_PENDING_TOTAL) == 0
  ) run = false;
  else if (!NpcBehaviorShouldProcess(oNpc)) run = false;
  if (!run) {
    NpcBehaviorMetricInc(oNpc, NPC_METRIC_HEARTBEAT_SKIPPED);
    return false;
  }
  // One reading of the clock for the rest of the heartbeat (a reading costs a dozen engine calls).
  const stamp = NpcBehaviorStamp();
  SetLocalInt(oNpc, NPC_VAR_LAST_HEARTBEAT, stamp);
  NpcBehaviorConsumePending(oNpc);
  if (NpcBehaviorGetState(oNpc) == NPC_STATE_ALERT && stamp - GetLocalInt(oNpc, NPC_VAR_STATE_SINCE) >= GetLocalInt(oNpc, NPC_VAR_ALERT_DECAY)) {
    NpcBehaviorSetState(oNpc, NPC_STATE_IDLE);
  }
  return true;
}
