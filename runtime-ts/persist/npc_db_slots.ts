// The pending-write queue: NWScript has no arrays, so it is a ring of slots in module locals, each
// holding a SNAPSHOT of one NPC's row (the NPC may be destroyed before the flush). An NPC has at
// most one slot (coalescing): its npc_db_slot local points at it, checked against the slot's
// owner, so a stale pointer (slot flushed or reused) is simply "no slot".
import { NPC_STATE_IDLE, NPC_VAR_STATE, NPC_VAR_STATE_SINCE } from "../core/npc_config";
import {
  NPC_DB_QUEUE_CAPACITY,
  NPC_DB_SLOT_ALIVE,
  NPC_DB_SLOT_AREA,
  NPC_DB_SLOT_ID,
  NPC_DB_SLOT_OWNER,
  NPC_DB_SLOT_SINCE,
  NPC_DB_SLOT_STATE,
  NPC_DB_SLOT_TEMPLATE,
  NPC_DB_VAR_COUNT,
  NPC_DB_VAR_HEAD,
  NPC_DB_VAR_NPC_ID,
  NPC_DB_VAR_SLOT,
} from "./npc_db_config";

/** One queued row, as the batch writes it. */
export interface NpcDbRow {
  npcId: string;
  areaId: string;
  template: string;
  state: int;
  stateSince: int;
  alive: int;
}

/** The NPC's persistent id: its designer-set npc_id local, else its UUID (the contract). */
export function NpcDbNpcId(oNpc: object): string {
  const id = GetLocalString(oNpc, NPC_DB_VAR_NPC_ID);
  return id != "" ? id : GetObjectUUID(oNpc);
}

export function NpcDbQueueCount(): int {
  return GetLocalInt(GetModule(), NPC_DB_VAR_COUNT);
}

export function NpcDbQueueHead(): int {
  return GetLocalInt(GetModule(), NPC_DB_VAR_HEAD);
}

/** The NPC's live slot, or -1. */
export function NpcDbSlotOf(oNpc: object): int {
  const slot = GetLocalInt(oNpc, NPC_DB_VAR_SLOT) - 1;
  if (slot < 0) return -1;
  return GetLocalObject(GetModule(), NPC_DB_SLOT_OWNER + IntToString(slot)) == oNpc ? slot : -1;
}

/** Writes the NPC's current row into a slot (a new one, or its own: coalescing). */
export function NpcDbSlotWrite(nSlot: int, oNpc: object, nAlive: int): void {
  const mod = GetModule();
  const idx = IntToString(nSlot);
  let state = GetLocalInt(oNpc, NPC_VAR_STATE);
  if (state == 0) state = NPC_STATE_IDLE;
  SetLocalObject(mod, NPC_DB_SLOT_OWNER + idx, oNpc);
  SetLocalString(mod, NPC_DB_SLOT_ID + idx, NpcDbNpcId(oNpc));
  SetLocalString(mod, NPC_DB_SLOT_AREA + idx, GetTag(GetArea(oNpc)));
  SetLocalString(mod, NPC_DB_SLOT_TEMPLATE + idx, GetResRef(oNpc));
  SetLocalInt(mod, NPC_DB_SLOT_STATE + idx, state);
  SetLocalInt(mod, NPC_DB_SLOT_SINCE + idx, GetLocalInt(oNpc, NPC_VAR_STATE_SINCE));
  SetLocalInt(mod, NPC_DB_SLOT_ALIVE + idx, nAlive);
  SetLocalInt(oNpc, NPC_DB_VAR_SLOT, nSlot + 1);
}

/** Appends the NPC at the tail; the caller has checked there is room. Returns the slot. */
export function NpcDbSlotAppend(oNpc: object, nAlive: int): int {
  const mod = GetModule();
  const count = GetLocalInt(mod, NPC_DB_VAR_COUNT);
  const slot = (GetLocalInt(mod, NPC_DB_VAR_HEAD) + count) % NPC_DB_QUEUE_CAPACITY;
  NpcDbSlotWrite(slot, oNpc, nAlive);
  SetLocalInt(mod, NPC_DB_VAR_COUNT, count + 1);
  return slot;
}

/** The snapshot held by a slot. */
export function NpcDbSlotRead(nSlot: int): NpcDbRow {
  const mod = GetModule();
  const idx = IntToString(nSlot);
  const row: NpcDbRow = {
    npcId: GetLocalString(mod, NPC_DB_SLOT_ID + idx),
    areaId: GetLocalString(mod, NPC_DB_SLOT_AREA + idx),
    template: GetLocalString(mod, NPC_DB_SLOT_TEMPLATE + idx),
    state: GetLocalInt(mod, NPC_DB_SLOT_STATE + idx),
    stateSince: GetLocalInt(mod, NPC_DB_SLOT_SINCE + idx),
    alive: GetLocalInt(mod, NPC_DB_SLOT_ALIVE + idx),
  };
  return row;
}

/** Empties a slot (its owner's pointer goes stale, which NpcDbSlotOf detects). */
function NpcDbSlotClear(nSlot: int): void {
  const mod = GetModule();
  const idx = IntToString(nSlot);
  DeleteLocalObject(mod, NPC_DB_SLOT_OWNER + idx);
  DeleteLocalString(mod, NPC_DB_SLOT_ID + idx);
  DeleteLocalString(mod, NPC_DB_SLOT_AREA + idx);
  DeleteLocalString(mod, NPC_DB_SLOT_TEMPLATE + idx);
  DeleteLocalInt(mod, NPC_DB_SLOT_STATE + idx);
  DeleteLocalInt(mod, NPC_DB_SLOT_SINCE + idx);
  DeleteLocalInt(mod, NPC_DB_SLOT_ALIVE + idx);
}

/** Drops the first n slots (after their batch committed). */
export function NpcDbSlotsPop(n: int): void {
  const mod = GetModule();
  const head = GetLocalInt(mod, NPC_DB_VAR_HEAD);
  for (let i: int = 0; i < n; i++) NpcDbSlotClear((head + i) % NPC_DB_QUEUE_CAPACITY);
  SetLocalInt(mod, NPC_DB_VAR_HEAD, (head + n) % NPC_DB_QUEUE_CAPACITY);
  SetLocalInt(mod, NPC_DB_VAR_COUNT, GetLocalInt(mod, NPC_DB_VAR_COUNT) - n);
}
