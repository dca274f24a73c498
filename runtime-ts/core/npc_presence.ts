// Hot/cold presence policy of the area dispatcher: its thresholds, their area settings and the
// near-PC test. NPCs near a PC in their area, or busy (ALERT, COMBAT, pending events), are hot
// and due every area tick; the others are cold and due once every npc_area_cold_every_ticks
// ticks, spread over the ticks by their position in the area, or sooner when they missed their
// tick (the last attempt, npc_presence_last_tick, is the one thing kept per NPC, so nothing
// stale survives a hot <-> cold change). A quiet always-on area is walked only every few ticks.
// The dispatcher (npc_area, NpcBehaviorOnAreaTick) applies the rules inline, because a call per
// NPC and rule costs more NWScript instructions than the rule; docs/npc_presence_policy.md.

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

/**
 * A quiet area — always-on with no PC in it, nothing queued, no busy NPC at its last walk, not
 * all-hot — is
 * walked only every this many ticks (a walk of every creature each second would cost about as
 * much as the naive heartbeats it replaces), with the budget of the ticks in between.
 * @npcCheck NPC_PRESENCE_QUIET_WALK_EVERY >= 1
 */
export const NPC_PRESENCE_QUIET_WALK_EVERY = 8;
/**
 * In a quiet area a cold NPC is due once every this many ticks (the default 24 s is four times
 * the default 6 s idle interval: nobody is there to see it).
 * @npcCheck NPC_PRESENCE_QUIET_COLD_EVERY_TICKS >= NPC_PRESENCE_QUIET_WALK_EVERY
 */
export const NPC_PRESENCE_QUIET_COLD_EVERY_TICKS = 24;

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

/**
 * TRUE when a PC stands within fRange of the NPC. The engine finds the nearest PC of the NPC's
 * area itself (GetNearestCreature), so the check costs the same however many players are online.
 */
export function NpcBehaviorPresenceNearPC(oNpc: object, fRange: float): boolean {
  const pc = GetNearestCreature(CREATURE_TYPE_PLAYER_CHAR, PLAYER_CHAR_IS_PC, oNpc);
  return GetIsObjectValid(pc) && GetDistanceBetween(oNpc, pc) <= fRange;
}

/** The area's pending-events threshold, NPC_PRESENCE_HOT_PENDING_MIN when unset or not > 0. */
export function NpcBehaviorPresencePendingMin(oArea: object): int {
  const n = GetLocalInt(oArea, NB_PRESENCE_HOT_PENDING_MIN);
  return n > 0 ? n : NPC_PRESENCE_HOT_PENDING_MIN;
}

/** Records that the dispatcher attempts the NPC's heartbeat in area tick nTick. */
export function NpcBehaviorPresenceNoteAttempt(oNpc: object, nTick: int): void {
  SetLocalInt(oNpc, NB_PRESENCE_LAST_TICK, nTick);
}
