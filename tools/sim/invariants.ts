// The NPC module's three queue invariants (docs/npc_behavior.md), checked after every simulated
// second. The logic is a copy of test/npc-core/invariants.ts (tools must not import tests),
// returning messages instead of throwing.
//
// Incremental: the rules of an area depend only on locals (the area's, and those of the creatures
// whose npc_pending_area names it), on creatures' dead flags and on whether they still exist. The
// checker remembers each object's locals version (bumped by every Set/DeleteLocal*) and re-reads
// only the creatures that changed, then re-checks every area that changed or that a changed
// creature was or is filed under. An area nothing touched keeps the verdict it had.
import type { World } from "../twin/engine/index.js";
import type { GameObject } from "../twin/engine/objects.js";
import type { NwObject } from "../twin/values.js";

const STORAGE = 20;
const BUCKETS: [number, string][] = [
  [4, "npc_area_queue_critical"],
  [3, "npc_area_queue_high"],
  [2, "npc_area_queue_normal"],
  [1, "npc_area_queue_low"],
];

// Key strings built once: a freshly concatenated string is hashed again at every Map lookup.
const PENDING_PRIO_KEYS = [0, 1, 2, 3, 4].map((p) => `npc_pending_prio_${p}`);
const SLOT_PRIO_KEYS = Array.from({ length: STORAGE }, (_, i) => `npc_q_prio_${i}`);
const SLOT_OWNER_KEYS = Array.from({ length: STORAGE }, (_, i) => `npc_q_owner_${i}`);

/** What the rules read of one creature, as GetLocalInt/GetLocalObject answer it. */
interface Owned {
  npc: GameObject;
  /** Id of the area its npc_pending_area names (0 when unset). */
  areaId: number;
  total: number;
  priority: number;
  byPrio: number[];
  dead: boolean;
}

/** Locals read straight from the object's table (an unset int is 0, an unset object invalid). */
const int = (o: GameObject, k: string) => (o.locals.get("int", k) as number | undefined) ?? 0;
const objectId = (o: GameObject, k: string) => (o.locals.get("object", k) as NwObject | undefined)?.id ?? 0;

function readOwned(npc: GameObject): Owned {
  return {
    npc,
    areaId: objectId(npc, "npc_pending_area"),
    total: int(npc, "npc_pending_total"),
    priority: int(npc, "npc_pending_priority"),
    byPrio: [0, int(npc, PENDING_PRIO_KEYS[1]!), int(npc, PENDING_PRIO_KEYS[2]!), int(npc, PENDING_PRIO_KEYS[3]!), int(npc, PENDING_PRIO_KEYS[4]!)],
    dead: npc.dead,
  };
}

/** Never a locals version: the first check reads everything. */
const UNSEEN = -1;

export class InvariantChecker {
  private readonly areaObjs: GameObject[];
  private readonly areaSeen: number[];
  /** The creatures, as objects (ids are never reused, so a destroyed one stays recognisable). */
  private readonly npcObjs: (GameObject | undefined)[] = [];
  /** Per creature, as last read: locals version, and 1 live + 2 dead (scanned every tick). */
  private readonly npcVersion: number[] = [];
  private readonly npcFlags: number[] = [];
  /** Creature index → what was read of it (undefined: not live). */
  private readonly owned: (Owned | undefined)[] = [];
  /** Area id → indices of the live creatures filed under it (by their npc_pending_area). */
  private readonly filed = new Map<number, Set<number>>();
  /** Creature id → index, for slot owners. */
  private readonly indexOfId = new Map<number, number>();

  constructor(
    private readonly world: World,
    areas: readonly NwObject[],
    creatures: readonly NwObject[],
  ) {
    this.areaObjs = areas.map((a) => world.get(a));
    this.areaSeen = areas.map(() => UNSEEN);
    for (const c of creatures) this.add(c);
  }

  /** Creatures that exist and are not dead, as of the last check. */
  alive = 0;

  /** How many creatures are watched. */
  get watching(): number {
    return this.npcObjs.length;
  }

  /** One more creature to watch (a respawned NPC); it is read at the next check. */
  add(creature: NwObject): void {
    this.indexOfId.set(creature.id, this.npcObjs.length);
    this.npcObjs.push(this.world.objects.get(creature.id));
    this.npcVersion.push(UNSEEN);
    this.npcFlags.push(0);
    this.owned.push(undefined);
  }

  /** Every broken rule in the areas touched since the last call, one message each. */
  check(): string[] {
    const dirty = new Set<number>();
    let alive = 0;
    for (let i = 0; i < this.npcObjs.length; i++) {
      const npc = this.npcObjs[i];
      const live = npc !== undefined && !npc.destroyed;
      const version = npc === undefined ? UNSEEN : npc.locals.version;
      const flags = (live ? 1 : 0) | (npc?.dead ? 2 : 0);
      if (flags === 1) alive++;
      if (this.npcVersion[i] === version && this.npcFlags[i] === flags) continue;
      this.npcVersion[i] = version;
      this.npcFlags[i] = flags;
      const before = this.owned[i];
      if (before) {
        this.filed.get(before.areaId)?.delete(i);
        dirty.add(before.areaId);
      }
      const now = live ? readOwned(npc) : undefined;
      this.owned[i] = now;
      if (now) {
        let set = this.filed.get(now.areaId);
        if (!set) this.filed.set(now.areaId, (set = new Set()));
        set.add(i);
        dirty.add(now.areaId);
      }
    }
    this.alive = alive;
    const problems: string[] = [];
    this.areaObjs.forEach((area, i) => {
      const version = area.locals.version;
      if (version === this.areaSeen[i] && !dirty.has(area.id)) return;
      this.areaSeen[i] = version;
      this.checkArea(area, problems);
    });
    return problems;
  }

  private checkArea(area: GameObject, problems: string[]): void {
    const fail = (msg: string) => problems.push(`area ${area.tag}: ${msg}`);
    const depth = int(area, "npc_area_queue_depth");
    const slotsByPrio = [0, 0, 0, 0, 0];
    const slotsOf = new Map<number, number[]>();
    for (let i = 0; i < STORAGE; i++) {
      const p = int(area, SLOT_PRIO_KEYS[i]!);
      if (p === 0) continue;
      if (!(p >= 1 && p <= 4)) {
        fail(`slot ${i} has priority ${p}`);
        continue;
      }
      slotsByPrio[p]!++;
      const owner = objectId(area, SLOT_OWNER_KEYS[i]!);
      const list = slotsOf.get(owner);
      if (list) list.push(p);
      else slotsOf.set(owner, [p]);
    }
    // (1) buckets add up to the depth and match the slots.
    let bucketSum = 0;
    for (const [p, name] of BUCKETS) {
      const b = int(area, name);
      if (b < 0) fail(`${name} = ${b}`);
      if (b !== slotsByPrio[p]) fail(`${name} = ${b} but ${slotsByPrio[p]} slots hold priority ${p}`);
      bucketSum += b;
    }
    if (bucketSum !== depth) fail(`sum(buckets) = ${bucketSum} != npc_area_queue_depth = ${depth}`);
    if (depth > STORAGE) fail(`depth ${depth} above storage ${STORAGE}`);
    // (2) owners' counters agree with the slots they own; (3) the dead own nothing.
    let pendingSum = 0;
    const filed = this.filed.get(area.id);
    for (const idx of filed ?? []) {
      const o = this.owned[idx]!;
      // Most creatures own nothing and count nothing: every rule holds for them.
      if (o.total === 0 && o.priority === 0 && !slotsOf.has(o.npc.id) && o.byPrio[1] === 0 && o.byPrio[2] === 0 && o.byPrio[3] === 0 && o.byPrio[4] === 0) continue;
      const mine = slotsOf.get(o.npc.id) ?? [];
      const name = () => `${o.npc.tag}#${o.npc.id.toString(16)}`;
      pendingSum += o.total;
      if (o.total !== mine.length) fail(`${name()}: npc_pending_total = ${o.total} but it owns ${mine.length} entries`);
      const top = mine.length ? Math.max(...mine) : 0;
      if (o.priority !== top) fail(`${name()}: npc_pending_priority = ${o.priority}, expected ${top}`);
      for (let p = 1; p <= 4; p++) {
        const n = mine.filter((x) => x === p).length;
        if (o.byPrio[p] !== n) fail(`${name()}: npc_pending_prio_${p} = ${o.byPrio[p]}, owns ${n}`);
      }
      if (o.dead && o.total > 0) fail(`dead ${name()} still has ${o.total} pending`);
    }
    for (const [ownerId, prios] of slotsOf) {
      const idx = this.indexOfId.get(ownerId);
      if (idx !== undefined && this.owned[idx] !== undefined && !filed?.has(idx)) {
        fail(`creature #${ownerId.toString(16)} owns ${prios.length} entries here but its npc_pending_area is elsewhere`);
      }
    }
    if (pendingSum !== depth) fail(`sum(npc_pending_total) = ${pendingSum} != depth ${depth}`);
  }
}

/** Every broken rule in `areas`, one message each (empty when all three hold): a one-off full check. */
export function checkInvariants(world: World, areas: readonly NwObject[], creatures: readonly NwObject[]): string[] {
  return new InvariantChecker(world, areas, creatures).check();
}
