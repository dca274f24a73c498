// The NPC module's three queue invariants (docs/npc_behavior.md), checked for every area at
// once: one pass over the creatures, one over each area's slots. A copy of the logic of
// test/npc-core/invariants.ts (tools must not import tests), returning messages instead of throwing.
import type { World } from "../twin/engine/index.js";
import { type NwObject, OBJECT_INVALID } from "../twin/values.js";

const STORAGE = 20;
const BUCKETS: Record<number, string> = {
  4: "npc_area_queue_critical",
  3: "npc_area_queue_high",
  2: "npc_area_queue_normal",
  1: "npc_area_queue_low",
};

// Key strings built once: a freshly concatenated string is hashed again at every Map lookup,
// which made these lookups most of the run's time.
const PENDING_PRIO_KEYS = [0, 1, 2, 3, 4].map((p) => `npc_pending_prio_${p}`);
const SLOT_PRIO_KEYS = Array.from({ length: STORAGE }, (_, i) => `npc_q_prio_${i}`);
const SLOT_OWNER_KEYS = Array.from({ length: STORAGE }, (_, i) => `npc_q_owner_${i}`);

interface Owned {
  npc: NwObject;
  total: number;
  priority: number;
  byPrio: number[];
  dead: boolean;
}

/** Every broken rule in `areas`, one message each (empty when all three hold). */
export function checkInvariants(world: World, areas: readonly NwObject[], creatures: readonly NwObject[]): string[] {
  // Locals read straight from the objects (as GetLocalInt/GetLocalObject answer them) rather than
  // through the engine-function dispatch: this runs over every NPC after every simulated second.
  const int = (o: NwObject, k: string) => (world.lookup(o)?.locals.get("int", k) as number | undefined) ?? 0;
  const object = (o: NwObject, k: string) => (world.lookup(o)?.locals.get("object", k) as NwObject | undefined) ?? OBJECT_INVALID;
  const problems: string[] = [];
  // Owners' counters, grouped by the area their npc_pending_area names.
  const byArea = new Map<number, Owned[]>();
  const live = new Set<number>();
  for (const npc of creatures) {
    if (!world.isLive(npc)) continue;
    live.add(npc.id);
    const where = object(npc, "npc_pending_area");
    const owned: Owned = {
      npc,
      total: int(npc, "npc_pending_total"),
      priority: int(npc, "npc_pending_priority"),
      byPrio: [0, int(npc, PENDING_PRIO_KEYS[1]!), int(npc, PENDING_PRIO_KEYS[2]!), int(npc, PENDING_PRIO_KEYS[3]!), int(npc, PENDING_PRIO_KEYS[4]!)],
      dead: world.lookup(npc)?.dead === true,
    };
    const list = byArea.get(where.id);
    if (list) list.push(owned);
    else byArea.set(where.id, [owned]);
  }
  for (const area of areas) {
    const tag = world.call("GetTag", area) as string;
    const fail = (msg: string) => problems.push(`area ${tag}: ${msg}`);
    const depth = int(area, "npc_area_queue_depth");
    const slotsByPrio: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    const slotsOf = new Map<number, number[]>();
    for (let i = 0; i < STORAGE; i++) {
      const p = int(area, SLOT_PRIO_KEYS[i]!);
      if (p === 0) continue;
      if (!(p in slotsByPrio)) {
        fail(`slot ${i} has priority ${p}`);
        continue;
      }
      slotsByPrio[p]!++;
      const owner = object(area, SLOT_OWNER_KEYS[i]!);
      const list = slotsOf.get(owner.id);
      if (list) list.push(p);
      else slotsOf.set(owner.id, [p]);
    }
    // (1) buckets add up to the depth and match the slots.
    let bucketSum = 0;
    for (const [p, name] of Object.entries(BUCKETS)) {
      const b = int(area, name);
      if (b < 0) fail(`${name} = ${b}`);
      if (b !== slotsByPrio[Number(p)]) fail(`${name} = ${b} but ${slotsByPrio[Number(p)]} slots hold priority ${p}`);
      bucketSum += b;
    }
    if (bucketSum !== depth) fail(`sum(buckets) = ${bucketSum} != npc_area_queue_depth = ${depth}`);
    if (depth > STORAGE) fail(`depth ${depth} above storage ${STORAGE}`);
    // (2) owners' counters agree with the slots they own; (3) the dead own nothing.
    const owners = byArea.get(area.id) ?? [];
    const counted = new Set<number>();
    let pendingSum = 0;
    for (const o of owners) {
      counted.add(o.npc.id);
      const mine = slotsOf.get(o.npc.id) ?? [];
      const name = () => `${world.call("GetTag", o.npc) as string}#${o.npc.id.toString(16)}`;
      pendingSum += o.total;
      if (o.total !== mine.length) fail(`${name()}: npc_pending_total = ${o.total} but it owns ${mine.length} entries`);
      const top = mine.length ? Math.max(...mine) : 0;
      if (o.priority !== top) fail(`${name()}: npc_pending_priority = ${o.priority}, expected ${top}`);
      for (const p of [1, 2, 3, 4]) {
        const n = mine.filter((x) => x === p).length;
        if (o.byPrio[p] !== n) fail(`${name()}: npc_pending_prio_${p} = ${o.byPrio[p]}, owns ${n}`);
      }
      if (o.dead && o.total > 0) fail(`dead ${name()} still has ${o.total} pending`);
    }
    for (const [ownerId, prios] of slotsOf) {
      if (!counted.has(ownerId) && live.has(ownerId)) {
        fail(`creature #${ownerId.toString(16)} owns ${prios.length} entries here but its npc_pending_area is elsewhere`);
      }
    }
    if (pendingSum !== depth) fail(`sum(npc_pending_total) = ${pendingSum} != depth ${depth}`);
  }
  return problems;
}
