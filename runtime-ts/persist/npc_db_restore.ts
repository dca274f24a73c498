// Loading: an NPC's persisted state is applied when it spawns (after the core initialised it).
import { NPC_VAR_STATE, NPC_VAR_STATE_SINCE } from "../core/npc_config";
import { NpcBehaviorMetricInc } from "../core/npc_metrics";
import { NpcDbBreakerAllow, NpcDbBreakerRecord } from "./npc_db_breaker";
import { NpcBehaviorNow } from "../core/npc_clock";
import {
  NPC_DB_METRIC_RESTORE_SKIPPED,
  NPC_DB_METRIC_RESTORED,
  NPC_DB_NAME,
  NPC_DB_RESTORE_PER_RUN,
  NPC_DB_VAR_MIGRATED,
  NPC_DB_VAR_RESTORE_AREA,
  NPC_DB_VAR_RESTORE_DUE,
  NPC_DB_VAR_RESTORE_SKIP,
  NPC_DB_VAR_RESTORED,
} from "./npc_db_config";
import { NPC_VAR_INIT_DONE } from "../core/npc_config";
import { NpcDbMarkDirty } from "./npc_db_queue";
import { NpcDbNpcId, NpcDbSlotOf } from "./npc_db_slots";

/**
 * Reads the NPC's row by npc_id and applies its state. A row with alive = 0 is a respawn: the NPC
 * starts afresh and its new row (alive = 1) is queued. A stamp from a later game time (the clock
 * restarted with the server) becomes "now". TRUE when a state was applied.
 */
export function NpcDbRestore(oNpc: object): boolean {
  const mod = GetModule();
  if (GetLocalInt(mod, NPC_DB_VAR_MIGRATED) != TRUE) {
    SetLocalInt(mod, NPC_DB_VAR_RESTORE_DUE, TRUE);
    return false;
  }
  SetLocalInt(oNpc, NPC_DB_VAR_RESTORED, TRUE);
  if (!NpcDbBreakerAllow()) {
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_RESTORE_SKIPPED);
    return false;
  }
  const q = SqlPrepareQueryCampaign(NPC_DB_NAME, "SELECT state, state_since, alive FROM npc_state WHERE npc_id = @npc_id");
  SqlBindString(q, "@npc_id", NpcDbNpcId(oNpc));
  const found = SqlStep(q);
  const error = SqlGetError(q);
  NpcDbBreakerRecord(error);
  if (error != "") {
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_RESTORE_SKIPPED);
    return false;
  }
  if (!found) return false;
  if (SqlGetInt(q, 2) == 0) {
    NpcDbMarkDirty(oNpc);
    return false;
  }
  const now = NpcBehaviorNow() + 1;
  const since = SqlGetInt(q, 1);
  SetLocalInt(oNpc, NPC_VAR_STATE, SqlGetInt(q, 0));
  SetLocalInt(oNpc, NPC_VAR_STATE_SINCE, since > now ? now : since);
  NpcBehaviorMetricInc(mod, NPC_DB_METRIC_RESTORED);
  // Only a queued snapshot (taken before the read) is stale; otherwise the row already holds this.
  if (NpcDbSlotOf(oNpc) >= 0) NpcDbMarkDirty(oNpc);
  return true;
}

/**
 * Creatures placed in the module spawn before OnModuleLoad ran the migrations: this restores every
 * initialised NPC not read yet, NPC_DB_RESTORE_PER_RUN creatures per script run, resuming where
 * the previous run stopped (area ordinal and creature ordinal in module locals, so no run walks
 * the whole module again); TRUE when the pass is over.
 */
export function NpcDbRestoreSome(): boolean {
  const mod = GetModule();
  const areaNo = GetLocalInt(mod, NPC_DB_VAR_RESTORE_AREA);
  let skip = GetLocalInt(mod, NPC_DB_VAR_RESTORE_SKIP);
  let area = GetFirstArea();
  for (let i: int = 0; i < areaNo && GetIsObjectValid(area); i++) area = GetNextArea();
  if (!GetIsObjectValid(area)) {
    DeleteLocalInt(mod, NPC_DB_VAR_RESTORE_AREA);
    DeleteLocalInt(mod, NPC_DB_VAR_RESTORE_SKIP);
    return true;
  }
  let o = GetFirstObjectInArea(area, OBJECT_TYPE_CREATURE);
  for (let k: int = 0; k < skip && GetIsObjectValid(o); k++) o = GetNextObjectInArea(area, OBJECT_TYPE_CREATURE);
  let done: int = 0;
  while (GetIsObjectValid(o) && done < NPC_DB_RESTORE_PER_RUN) {
    if (GetIsPC(o) != TRUE && GetLocalInt(o, NPC_VAR_INIT_DONE) == TRUE && GetLocalInt(o, NPC_DB_VAR_RESTORED) != TRUE) NpcDbRestore(o);
    done++;
    skip++;
    o = GetNextObjectInArea(area, OBJECT_TYPE_CREATURE);
  }
  if (GetIsObjectValid(o)) {
    SetLocalInt(mod, NPC_DB_VAR_RESTORE_SKIP, skip);
  } else {
    SetLocalInt(mod, NPC_DB_VAR_RESTORE_AREA, areaNo + 1);
    DeleteLocalInt(mod, NPC_DB_VAR_RESTORE_SKIP);
  }
  return false;
}
