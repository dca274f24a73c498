// Event intake: the coalesce window for noisy non-critical events, then the area queue.
import { NPC_COALESCE_WINDOW_SEC, NPC_PRIORITY_CRITICAL, NPC_VAR_INTAKE_AT_PREFIX } from "./npc_config";
import { NpcBehaviorAreaTryQueueEvent, NpcBehaviorFlushPending, NpcBehaviorPendingArea } from "./npc_queue";
import { NpcBehaviorSecondsSince, NpcBehaviorStamp } from "./npc_state";

/**
 * TRUE when the event is admitted (queued for the NPC's next heartbeat). FALSE when it is
 * coalesced with an event of the same kind admitted less than NPC_COALESCE_WINDOW_SEC ago
 * (non-critical events only), deferred on overflow, or the NPC cannot own events.
 */
export function NpcBehaviorTryIntakeEvent(oNpc: object, nKind: int, nPriority: int): boolean {
  if (!GetIsObjectValid(oNpc) || GetIsDead(oNpc)) return false;
  const area = GetArea(oNpc);
  if (!GetIsObjectValid(area)) return false;
  const key = NPC_VAR_INTAKE_AT_PREFIX + IntToString(nKind);
  if (nPriority != NPC_PRIORITY_CRITICAL && NpcBehaviorSecondsSince(GetLocalInt(oNpc, key)) < NPC_COALESCE_WINDOW_SEC) {
    return false;
  }
  // Entries left in an area the NPC has since left would be counted nowhere: drop them.
  const pendingArea = NpcBehaviorPendingArea(oNpc);
  if (GetIsObjectValid(pendingArea) && pendingArea != area) NpcBehaviorFlushPending(oNpc);
  if (!NpcBehaviorAreaTryQueueEvent(area, oNpc, nKind, nPriority)) return false;
  SetLocalInt(oNpc, key, NpcBehaviorStamp());
  return true;
}
