// Time, state and hostility helpers shared by the handlers.
import {
  NPC_STATE_ALERT,
  NPC_STATE_COMBAT,
  NPC_STATE_IDLE,
  NPC_VAR_DISABLE,
  NPC_VAR_LAST_HOSTILE,
  NPC_VAR_STATE,
  NPC_VAR_STATE_SINCE,
} from "./npc_config";
import { NpcDbMarkDirty } from "../persist/npc_db_queue";

// The clock lives in npc_clock so that persistence (which npc_state includes) can read it too.
export { NpcBehaviorNow, NpcBehaviorStamp, NpcBehaviorSecondsSince } from "./npc_clock";
import { NpcBehaviorSecondsSince, NpcBehaviorStamp } from "./npc_clock";

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
