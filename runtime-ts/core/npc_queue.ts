// The bounded per-area event queue. NWScript has no arrays, so entries live in indexed area locals
// (owner/priority/kind per slot); every scan is bounded by NPC_AREA_QUEUE_STORAGE_CAPACITY.
// An entry's owner counts it in npc_pending_* and the area in its bucket and depth: every change
// below updates both together.
import {
  NPC_AREA_CRITICAL_RESERVE,
  NPC_AREA_HIGH_WATERMARK,
  NPC_AREA_LOW_WATERMARK,
  NPC_AREA_QUEUE_CAPACITY,
  NPC_AREA_QUEUE_STORAGE_CAPACITY,
  NPC_METRIC_AREA_QUEUE_OVERFLOW,
  NPC_PRIORITY_CRITICAL,
  NPC_PRIORITY_HIGH,
  NPC_PRIORITY_LOW,
  NPC_PRIORITY_NORMAL,
  NPC_VAR_AREA_BUCKET_CRITICAL,
  NPC_VAR_AREA_BUCKET_HIGH,
  NPC_VAR_AREA_BUCKET_LOW,
  NPC_VAR_AREA_BUCKET_NORMAL,
  NPC_VAR_AREA_DEGRADED,
  NPC_VAR_AREA_DEPTH,
  NPC_VAR_PENDING_AREA,
  NPC_VAR_PENDING_PRIO_PREFIX,
  NPC_VAR_PENDING_PRIORITY,
  NPC_VAR_PENDING_SLOTS,
  NPC_VAR_PENDING_TOTAL,
  NPC_VAR_SLOT_KIND,
  NPC_VAR_SLOT_OWNER,
  NPC_VAR_SLOT_PRIO,
} from "./npc_config";
import { NpcBehaviorMetricInc } from "./npc_metrics";

/** The area local holding the count of entries of one priority. */
export function NpcBehaviorBucketName(nPriority: int): string {
  if (nPriority == NPC_PRIORITY_CRITICAL) return NPC_VAR_AREA_BUCKET_CRITICAL;
  if (nPriority == NPC_PRIORITY_HIGH) return NPC_VAR_AREA_BUCKET_HIGH;
  if (nPriority == NPC_PRIORITY_NORMAL) return NPC_VAR_AREA_BUCKET_NORMAL;
  return NPC_VAR_AREA_BUCKET_LOW;
}

export function NpcBehaviorAreaQueueDepth(oArea: object): int {
  return GetLocalInt(oArea, NPC_VAR_AREA_DEPTH);
}

export function NpcBehaviorAreaIsDegraded(oArea: object): boolean {
  return GetLocalInt(oArea, NPC_VAR_AREA_DEGRADED) == TRUE;
}

/** Degraded mode follows the depth with hysteresis: on at the high watermark, off at the low one. */
function NpcBehaviorAreaUpdateDegraded(oArea: object): void {
  const depth: int = GetLocalInt(oArea, NPC_VAR_AREA_DEPTH);
  if (depth >= NPC_AREA_HIGH_WATERMARK) SetLocalInt(oArea, NPC_VAR_AREA_DEGRADED, TRUE);
  else if (depth <= NPC_AREA_LOW_WATERMARK) DeleteLocalInt(oArea, NPC_VAR_AREA_DEGRADED);
}

/** The highest priority the owner still has pending (0 when none). */
function NpcBehaviorOwnerTopPriority(oOwner: object): int {
  for (let p: int = NPC_PRIORITY_CRITICAL; p >= NPC_PRIORITY_LOW; p--) {
    if (GetLocalInt(oOwner, NPC_VAR_PENDING_PRIO_PREFIX + IntToString(p)) > 0) return p;
  }
  return 0;
}

/** Adds `delta` entries of `nPriority` to the owner's pending counters. */
function NpcBehaviorOwnerAdd(oOwner: object, oArea: object, nPriority: int, delta: int): void {
  if (!GetIsObjectValid(oOwner)) return;
  const key = NPC_VAR_PENDING_PRIO_PREFIX + IntToString(nPriority);
  SetLocalInt(oOwner, key, GetLocalInt(oOwner, key) + delta);
  const total: int = GetLocalInt(oOwner, NPC_VAR_PENDING_TOTAL) + delta;
  SetLocalInt(oOwner, NPC_VAR_PENDING_TOTAL, total);
  SetLocalInt(oOwner, NPC_VAR_PENDING_PRIORITY, NpcBehaviorOwnerTopPriority(oOwner));
  if (total > 0) {
    SetLocalObject(oOwner, NPC_VAR_PENDING_AREA, oArea);
  } else {
    DeleteLocalObject(oOwner, NPC_VAR_PENDING_AREA);
    DeleteLocalString(oOwner, NPC_VAR_PENDING_SLOTS);
  }
}

/** Writes an entry into an empty slot and counts it on owner and area. */
function NpcBehaviorSlotFill(oArea: object, nSlot: int, oOwner: object, nKind: int, nPriority: int): void {
  const idx = IntToString(nSlot);
  SetLocalObject(oArea, NPC_VAR_SLOT_OWNER + idx, oOwner);
  SetLocalInt(oArea, NPC_VAR_SLOT_PRIO + idx, nPriority);
  SetLocalInt(oArea, NPC_VAR_SLOT_KIND + idx, nKind);
  const bucket = NpcBehaviorBucketName(nPriority);
  SetLocalInt(oArea, bucket, GetLocalInt(oArea, bucket) + 1);
  SetLocalInt(oArea, NPC_VAR_AREA_DEPTH, GetLocalInt(oArea, NPC_VAR_AREA_DEPTH) + 1);
  NpcBehaviorOwnerAdd(oOwner, oArea, nPriority, 1);
  if (GetIsObjectValid(oOwner)) {
    const hint = GetLocalString(oOwner, NPC_VAR_PENDING_SLOTS);
    // Bounded: a hint grown stale through evictions is dropped (the scan still finds everything).
    const kept = GetStringLength(hint) < 2 * NPC_AREA_QUEUE_STORAGE_CAPACITY ? hint : "";
    SetLocalString(oOwner, NPC_VAR_PENDING_SLOTS, kept + (nSlot < 10 ? "0" : "") + IntToString(nSlot));
  }
  NpcBehaviorAreaUpdateDegraded(oArea);
}

/** Empties a used slot of priority nPrio and uncounts it on the area (not on its owner). */
function NpcBehaviorSlotClearAreaSide(oArea: object, nSlot: int, nPrio: int): void {
  const idx = IntToString(nSlot);
  DeleteLocalObject(oArea, NPC_VAR_SLOT_OWNER + idx);
  DeleteLocalInt(oArea, NPC_VAR_SLOT_PRIO + idx);
  DeleteLocalInt(oArea, NPC_VAR_SLOT_KIND + idx);
  const bucket = NpcBehaviorBucketName(nPrio);
  SetLocalInt(oArea, bucket, GetLocalInt(oArea, bucket) - 1);
  SetLocalInt(oArea, NPC_VAR_AREA_DEPTH, GetLocalInt(oArea, NPC_VAR_AREA_DEPTH) - 1);
}

/** Empties a used slot and uncounts it on owner and area. */
function NpcBehaviorSlotClear(oArea: object, nSlot: int): void {
  const prio: int = GetLocalInt(oArea, NPC_VAR_SLOT_PRIO + IntToString(nSlot));
  if (prio == 0) return;
  const owner = GetLocalObject(oArea, NPC_VAR_SLOT_OWNER + IntToString(nSlot));
  NpcBehaviorSlotClearAreaSide(oArea, nSlot, prio);
  NpcBehaviorOwnerAdd(owner, oArea, prio, -1);
  NpcBehaviorAreaUpdateDegraded(oArea);
}

/** Drops the owner's pending counters (all its entries are gone). */
function NpcBehaviorOwnerClear(oOwner: object): void {
  DeleteLocalInt(oOwner, NPC_VAR_PENDING_TOTAL);
  DeleteLocalInt(oOwner, NPC_VAR_PENDING_PRIORITY);
  DeleteLocalObject(oOwner, NPC_VAR_PENDING_AREA);
  DeleteLocalString(oOwner, NPC_VAR_PENDING_SLOTS);
  for (let p: int = NPC_PRIORITY_LOW; p <= NPC_PRIORITY_CRITICAL; p++) {
    DeleteLocalInt(oOwner, NPC_VAR_PENDING_PRIO_PREFIX + IntToString(p));
  }
}

/** The first empty slot, or -1. */
function NpcBehaviorFindFreeSlot(oArea: object): int {
  for (let i: int = 0; i < NPC_AREA_QUEUE_STORAGE_CAPACITY; i++) {
    if (GetLocalInt(oArea, NPC_VAR_SLOT_PRIO + IntToString(i)) == 0) return i;
  }
  return -1;
}

/** A slot of `nPriority` to evict: the owner's own entry first, otherwise the first one; -1 if none. */
function NpcBehaviorFindVictim(oArea: object, oOwner: object, nPriority: int): int {
  let first: int = -1;
  for (let i: int = 0; i < NPC_AREA_QUEUE_STORAGE_CAPACITY; i++) {
    const idx = IntToString(i);
    if (GetLocalInt(oArea, NPC_VAR_SLOT_PRIO + idx) == nPriority) {
      if (GetLocalObject(oArea, NPC_VAR_SLOT_OWNER + idx) == oOwner) return i;
      if (first < 0) first = i;
    }
  }
  return first;
}

/**
 * Clears entries whose owner no longer exists (destroyed without OnDeath); returns how many.
 * Their counters went with the owner, so only the area side is uncounted.
 */
export function NpcBehaviorAreaPurgeOrphans(oArea: object): int {
  let purged: int = 0;
  for (let i: int = 0; i < NPC_AREA_QUEUE_STORAGE_CAPACITY; i++) {
    const idx = IntToString(i);
    if (GetLocalInt(oArea, NPC_VAR_SLOT_PRIO + idx) != 0 && !GetIsObjectValid(GetLocalObject(oArea, NPC_VAR_SLOT_OWNER + idx))) {
      NpcBehaviorSlotClear(oArea, i);
      purged++;
    }
  }
  return purged;
}

/**
 * Admits one event of `oOwner` into the area queue. Below nominal capacity it takes a free slot.
 * On overflow a non-critical event is deferred (FALSE); a CRITICAL one evicts a pending entry,
 * LOW first, then NORMAL, then HIGH, and only when there is none takes a reserve slot above
 * nominal capacity. Entries of destroyed owners are reclaimed first. The overflow metric counts every admission that found the queue full.
 */
export function NpcBehaviorAreaTryQueueEvent(oArea: object, oOwner: object, nKind: int, nPriority: int): boolean {
  if (!GetIsObjectValid(oArea) || !GetIsObjectValid(oOwner)) return false;
  // A full queue may hold entries of destroyed owners: reclaim them before overflowing.
  if (GetLocalInt(oArea, NPC_VAR_AREA_DEPTH) >= NPC_AREA_QUEUE_CAPACITY) NpcBehaviorAreaPurgeOrphans(oArea);
  const depth: int = GetLocalInt(oArea, NPC_VAR_AREA_DEPTH);
  if (depth < NPC_AREA_QUEUE_CAPACITY) {
    const slot: int = NpcBehaviorFindFreeSlot(oArea);
    if (slot >= 0) {
      NpcBehaviorSlotFill(oArea, slot, oOwner, nKind, nPriority);
      return true;
    }
  }
  NpcBehaviorMetricInc(oArea, NPC_METRIC_AREA_QUEUE_OVERFLOW);
  if (nPriority != NPC_PRIORITY_CRITICAL) return false;
  for (let p: int = NPC_PRIORITY_LOW; p <= NPC_PRIORITY_HIGH; p++) {
    const victim: int = NpcBehaviorFindVictim(oArea, oOwner, p);
    if (victim >= 0) {
      NpcBehaviorSlotClear(oArea, victim);
      NpcBehaviorSlotFill(oArea, victim, oOwner, nKind, nPriority);
      return true;
    }
  }
  if (depth < NPC_AREA_QUEUE_CAPACITY + NPC_AREA_CRITICAL_RESERVE) {
    const slot: int = NpcBehaviorFindFreeSlot(oArea);
    if (slot >= 0) {
      NpcBehaviorSlotFill(oArea, slot, oOwner, nKind, nPriority);
      return true;
    }
  }
  return false;
}

/** Removes every entry of `oOwner` from `oArea`; returns how many. */
export function NpcBehaviorAreaRemoveOwner(oArea: object, oOwner: object): int {
  if (!GetIsObjectValid(oArea)) return 0;
  // The owner's pending total counts its entries: the slots its hint names are checked first,
  // then (only if entries are still missing) the queue is scanned, stopping at the last one.
  // The owner's counters are settled once at the end instead of per entry. An owner without
  // counters (destroyed) gets the full scan.
  const valid = GetIsObjectValid(oOwner);
  const total: int = valid ? GetLocalInt(oOwner, NPC_VAR_PENDING_TOTAL) : NPC_AREA_QUEUE_STORAGE_CAPACITY;
  const hint = valid ? GetLocalString(oOwner, NPC_VAR_PENDING_SLOTS) : "";
  const hinted: int = GetStringLength(hint) / 2;
  let removed: int = 0;
  let low: int = 0;
  let normal: int = 0;
  let high: int = 0;
  let critical: int = 0;
  // Positions 0..hinted-1 are the hint's slots, then hinted.. the whole queue in order.
  for (let k: int = 0; k < hinted + NPC_AREA_QUEUE_STORAGE_CAPACITY && removed < total; k++) {
    const i: int = k < hinted ? StringToInt(GetSubString(hint, 2 * k, 2)) : k - hinted;
    const idx = IntToString(i);
    const prio: int = GetLocalInt(oArea, NPC_VAR_SLOT_PRIO + idx);
    if (prio != 0 && GetLocalObject(oArea, NPC_VAR_SLOT_OWNER + idx) == oOwner) {
      NpcBehaviorSlotClearAreaSide(oArea, i, prio);
      removed++;
      if (prio == NPC_PRIORITY_LOW) low++;
      else if (prio == NPC_PRIORITY_NORMAL) normal++;
      else if (prio == NPC_PRIORITY_HIGH) high++;
      else critical++;
    }
  }
  if (removed == 0) return 0;
  if (valid) {
    if (removed == total) {
      NpcBehaviorOwnerClear(oOwner);
    } else {
      // Some of its entries are queued elsewhere (it changed areas): uncount these only.
      DeleteLocalString(oOwner, NPC_VAR_PENDING_SLOTS);
      if (low > 0) NpcBehaviorOwnerAdd(oOwner, oArea, NPC_PRIORITY_LOW, -low);
      if (normal > 0) NpcBehaviorOwnerAdd(oOwner, oArea, NPC_PRIORITY_NORMAL, -normal);
      if (high > 0) NpcBehaviorOwnerAdd(oOwner, oArea, NPC_PRIORITY_HIGH, -high);
      if (critical > 0) NpcBehaviorOwnerAdd(oOwner, oArea, NPC_PRIORITY_CRITICAL, -critical);
    }
  }
  NpcBehaviorAreaUpdateDegraded(oArea);
  return removed;
}

/** The area holding the NPC's pending entries (OBJECT_INVALID when none). */
export function NpcBehaviorPendingArea(oNpc: object): object {
  return GetLocalObject(oNpc, NPC_VAR_PENDING_AREA);
}

/**
 * Consumes the NPC's pending entries (the heartbeat handles them): removes them from the area
 * queue and the owner's counters together. Returns how many were consumed.
 */
export function NpcBehaviorConsumePending(oNpc: object): int {
  if (GetLocalInt(oNpc, NPC_VAR_PENDING_TOTAL) == 0) return 0;
  return NpcBehaviorAreaRemoveOwner(NpcBehaviorPendingArea(oNpc), oNpc);
}

/** Drops every pending entry of the NPC, wherever it is queued, and its pending counters. */
export function NpcBehaviorFlushPending(oNpc: object): void {
  NpcBehaviorAreaRemoveOwner(NpcBehaviorPendingArea(oNpc), oNpc);
  NpcBehaviorOwnerClear(oNpc);
}
