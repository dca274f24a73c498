// Counters: every metric of the NPC core goes through these two helpers (the seed's
// observability contract), so entry points never write metric locals directly.

/** Adds `amount` to the int local `key` on `target`. */
export function NpcBehaviorMetricAdd(target: object, key: string, amount: int): void {
  if (!GetIsObjectValid(target)) return;
  SetLocalInt(target, key, GetLocalInt(target, key) + amount);
}

/** Adds one to the int local `key` on `target` (written out: it runs on every heartbeat). */
export function NpcBehaviorMetricInc(target: object, key: string): void {
  if (!GetIsObjectValid(target)) return;
  SetLocalInt(target, key, GetLocalInt(target, key) + 1);
}
