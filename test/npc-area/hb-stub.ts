// The stand-in for NpcBehaviorOnHeartbeat the controller tests use (vi.mock of npc_core), so they
// can choose each heartbeat's answer and see every call: processed/skipped are defined by it.
export const hbCalls: { id: number; ms: number }[] = [];
/** NPC ids whose heartbeat answers FALSE. */
export const hbFalse = new Set<number>();
export let hbClock: () => number = () => 0;

export function setHbClock(f: () => number): void {
  hbClock = f;
}

export function resetHb(): void {
  hbCalls.length = 0;
  hbFalse.clear();
}

export function stubHeartbeat(o: { id: number }): number {
  hbCalls.push({ id: o.id, ms: hbClock() });
  return hbFalse.has(o.id) ? 0 : 1;
}
