// Hot/cold presence policy of the area dispatcher: NPCs near a PC in their area, or busy (not
// IDLE, or with pending events), are hot and may run every area tick; the others are cold and
// are due only every npc_area_cold_every_ticks ticks, spread over the ticks by object, so an area
// without players costs a fraction of always-on. Hot or cold is decided afresh every tick (a cold
// NPC that becomes hot is due on the very next tick); the one thing kept per NPC is the tick of
// its last heartbeat attempt, so a cold NPC the budget left out on its own tick stays due until
// it runs instead of waiting for a tick it may miss again (starvation).
import { NPC_STATE_ALERT, NPC_STATE_COMBAT, NPC_VAR_PENDING_TOTAL } from "./npc_config";
import { NpcBehaviorGetState } from "./npc_state";

/**
 * Metres to the nearest PC in the area within which an NPC is hot.
 * @npcCheck NPC_PRESENCE_HOT_DISTANCE > 0
 */
export const NPC_PRESENCE_HOT_DISTANCE: float = 40.0;
/**
 * A cold NPC is due once every this many area ticks (the default is the divisor of the phase:
 * 0 would stop every area tick with a division by zero).
 * @npcCheck NPC_PRESENCE_COLD_EVERY_TICKS >= 1
 */
export const NPC_PRESENCE_COLD_EVERY_TICKS = 4;
/**
 * Pending events that make an NPC hot wherever the players are.
 * @npcCheck NPC_PRESENCE_HOT_PENDING_MIN >= 1
 */
export const NPC_PRESENCE_HOT_PENDING_MIN = 1;

// Builder settings on the area.
export const NB_PRESENCE_HOT_DISTANCE = "npc_area_hot_distance";
export const NB_PRESENCE_COLD_EVERY = "npc_area_cold_every_ticks";
export const NB_PRESENCE_HOT_PENDING_MIN = "npc_area_hot_pending_min";
/** TRUE: every NPC is hot (the naive always-on mode). */
export const NB_PRESENCE_ALL_HOT = "npc_area_all_hot";

/** The area's hot distance (float local), NPC_PRESENCE_HOT_DISTANCE when unset or not > 0. */
export function NpcBehaviorPresenceHotDistance(oArea: object): float {
  const d = GetLocalFloat(oArea, NB_PRESENCE_HOT_DISTANCE);
  return d > 0 ? d : NPC_PRESENCE_HOT_DISTANCE;
}

/** The area's cold period in ticks, NPC_PRESENCE_COLD_EVERY_TICKS when unset or not > 0. */
export function NpcBehaviorPresenceColdEvery(oArea: object): int {
  const n = GetLocalInt(oArea, NB_PRESENCE_COLD_EVERY);
  return n > 0 ? n : NPC_PRESENCE_COLD_EVERY_TICKS;
}

/** NPC local: the area tick (its area's npc_area_metric_tick_count) of its last heartbeat attempt. */
export const NB_PRESENCE_LAST_TICK = "npc_presence_last_tick";

/** TRUE when the NPC must run at full rate: busy, or a PC of its area is within the distance. */
export function NpcBehaviorPresenceIsHot(oNpc: object, oArea: object): boolean {
  if (GetLocalInt(oArea, NB_PRESENCE_ALL_HOT) == TRUE) return true;
  const state = NpcBehaviorGetState(oNpc);
  if (state == NPC_STATE_ALERT || state == NPC_STATE_COMBAT) return true;
  const pendingMin = GetLocalInt(oArea, NB_PRESENCE_HOT_PENDING_MIN);
  if (GetLocalInt(oNpc, NPC_VAR_PENDING_TOTAL) >= (pendingMin > 0 ? pendingMin : NPC_PRESENCE_HOT_PENDING_MIN)) return true;
  const range = NpcBehaviorPresenceHotDistance(oArea);
  let pc = GetFirstPC();
  while (GetIsObjectValid(pc)) {
    if (GetArea(pc) == oArea && GetDistanceBetween(oNpc, pc) <= range) return true;
    pc = GetNextPC();
  }
  return false;
}

/**
 * TRUE when a cold NPC is due: on its own tick (its object hash picks one tick in every period),
 * or when its last attempt is more than a period ago, i.e. it missed its own tick because the
 * budget was full (or it never ran here, or came from an area with another tick count).
 */
export function NpcBehaviorPresenceColdDue(oNpc: object, oArea: object, nTick: int): boolean {
  const every = NpcBehaviorPresenceColdEvery(oArea);
  const phase = ((HashString(ObjectToString(oNpc)) % every) + every) % every;
  const tick = ((nTick % every) + every) % every;
  if ((phase + tick) % every == 0) return true;
  const since = nTick - GetLocalInt(oNpc, NB_PRESENCE_LAST_TICK);
  return since > every || since < 0;
}

/** Records that the dispatcher attempts the NPC's heartbeat in area tick nTick. */
export function NpcBehaviorPresenceNoteAttempt(oNpc: object, nTick: int): void {
  SetLocalInt(oNpc, NB_PRESENCE_LAST_TICK, nTick);
}

/** TRUE when the NPC is due in this area tick: hot, or cold on its own tick. */
export function NpcBehaviorPresenceIsDue(oNpc: object, oArea: object, nTick: int): boolean {
  return NpcBehaviorPresenceIsHot(oNpc, oArea) || NpcBehaviorPresenceColdDue(oNpc, oArea, nTick);
}
