// Time, state and hostility helpers shared by the handlers.
import {
  NPC_STATE_ALERT,
  NPC_STATE_COMBAT,
  NPC_STATE_IDLE,
  NPC_VAR_DISABLE,
  NPC_VAR_LAST_HOSTILE,
  NPC_VAR_STATE,
  NPC_VAR_STATE_SINCE,
  NPC_VAR_TIME_BASE_YEAR,
} from "./npc_config";
import { NpcDbMarkDirty } from "../persist/npc_db_queue";

/** Seconds of game time since the first year this module saw (NWScript has no epoch clock). */
export function NpcBehaviorNow(): int {
  const mod = GetModule();
  let base: int = GetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR);
  if (base == 0) {
    base = GetCalendarYear() + 1;
    SetLocalInt(mod, NPC_VAR_TIME_BASE_YEAR, base);
  }
  const hours: int = (((GetCalendarYear() + 1 - base) * 12 + GetCalendarMonth() - 1) * 28 + GetCalendarDay() - 1) * 24 + GetTimeHour();
  return hours * FloatToInt(HoursToSeconds(1)) + GetTimeMinute() * 60 + GetTimeSecond();
}

/** A time stamp as stored in locals: now + 1, so that 0 means "never". */
export function NpcBehaviorStamp(): int {
  return NpcBehaviorNow() + 1;
}

/** Seconds since a stored stamp; a large number for "never". */
export function NpcBehaviorSecondsSince(stamp: int): int {
  if (stamp == 0) return 1000000000;
  return NpcBehaviorNow() + 1 - stamp;
}

export function NpcBehaviorIsDisabled(oNpc: object): boolean {
  return GetLocalInt(oNpc, NPC_VAR_DISABLE) == TRUE;
}

export function NpcBehaviorGetState(oNpc: object): int {
  return GetLocalInt(oNpc, NPC_VAR_STATE);
}

/** Sets the state and when it was entered (only when it changes); the NPC's row becomes dirty. */
export function NpcBehaviorSetState(oNpc: object, nState: int): void {
  if (GetLocalInt(oNpc, NPC_VAR_STATE) == nState) return;
  SetLocalInt(oNpc, NPC_VAR_STATE, nState);
  SetLocalInt(oNpc, NPC_VAR_STATE_SINCE, NpcBehaviorStamp());
  NpcDbMarkDirty(oNpc);
}

/**
 * Hostility contract: GetIsReactionTypeHostile(source, npc) — the NPC regards the event's source
 * (seen/attacker/caster) as hostile — or, as the compat fallback for one-sided reactions (charm,
 * personal reputation), the reverse direction.
 */
export function NpcBehaviorIsHostile(oSource: object, oNpc: object): boolean {
  if (!GetIsObjectValid(oSource) || oSource == oNpc) return false;
  if (GetIsReactionTypeHostile(oSource, oNpc)) return true;
  return GetIsReactionTypeHostile(oNpc, oSource) != 0;
}

/** Enters COMBAT and remembers the trigger time (end of round leaves COMBAT after a quiet spell). */
export function NpcBehaviorEnterCombat(oNpc: object): void {
  NpcBehaviorSetState(oNpc, NPC_STATE_COMBAT);
  SetLocalInt(oNpc, NPC_VAR_LAST_HOSTILE, NpcBehaviorStamp());
}

/** IDLE → ALERT; other states are left alone. */
export function NpcBehaviorRaiseAlert(oNpc: object): void {
  if (NpcBehaviorGetState(oNpc) == NPC_STATE_IDLE) NpcBehaviorSetState(oNpc, NPC_STATE_ALERT);
}
