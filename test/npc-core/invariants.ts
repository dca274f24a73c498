// The seed's three invariants, checked against the world's locals after any event.
import type { World } from "../../tools/twin/engine/index.js";
import type { Obj } from "./harness.js";

const STORAGE = 20;
const BUCKETS: Record<number, string> = {
  4: "npc_area_queue_critical",
  3: "npc_area_queue_high",
  2: "npc_area_queue_normal",
  1: "npc_area_queue_low",
};

/**
 * Throws, naming the broken rule, unless for `area`: (1) the buckets add up to the queue depth
 * (and match the slots); (2) the owners' npc_pending_* agree with the entries they own there;
 * (3) no dead NPC owns anything. `creatures`: every creature of the world, since an NPC that owns
 * entries of an area may have walked out of it.
 */
export function checkInvariants(world: World, area: Obj, creatures: readonly Obj[]): void {
  const int = (o: Obj, k: string) => world.call("GetLocalInt", o, k) as number;
  const tag = world.call("GetTag", area) as string;
  const fail = (msg: string) => {
    throw new Error(`invariant broken in area ${tag}: ${msg}`);
  };
  const depth = int(area, "npc_area_queue_depth");
  let bucketSum = 0;
  const slotsByPrio: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const owned = new Map<number, number[]>();
  for (let i = 0; i < STORAGE; i++) {
    const p = int(area, `npc_q_prio_${i}`);
    if (p === 0) continue;
    if (!(p in slotsByPrio)) fail(`slot ${i} has priority ${p}`);
    slotsByPrio[p]!++;
    const owner = world.call("GetLocalObject", area, `npc_q_owner_${i}`) as Obj;
    owned.set(owner.id, [...(owned.get(owner.id) ?? []), p]);
  }
  for (const [p, name] of Object.entries(BUCKETS)) {
    const b = int(area, name);
    if (b < 0) fail(`${name} = ${b}`);
    if (b !== slotsByPrio[Number(p)]) fail(`${name} = ${b} but ${slotsByPrio[Number(p)]} slots hold priority ${p}`);
    bucketSum += b;
  }
  if (bucketSum !== depth) fail(`sum(buckets) = ${bucketSum} != npc_area_queue_depth = ${depth}`);
  if (depth > STORAGE) fail(`depth ${depth} above storage ${STORAGE}`);

  let pendingSum = 0;
  for (const npc of creatures) {
    const where = world.call("GetLocalObject", npc, "npc_pending_area") as Obj;
    const total = int(npc, "npc_pending_total");
    const mine = owned.get(npc.id) ?? [];
    const name = world.call("GetTag", npc) as string;
    if (where.id !== area.id) {
      if (mine.length > 0) fail(`${name} owns ${mine.length} entries here but its npc_pending_area is elsewhere`);
      continue;
    }
    pendingSum += total;
    if (total !== mine.length) fail(`${name}: npc_pending_total = ${total} but it owns ${mine.length} entries`);
    const top = mine.length ? Math.max(...mine) : 0;
    if (int(npc, "npc_pending_priority") !== top) fail(`${name}: npc_pending_priority = ${int(npc, "npc_pending_priority")}, expected ${top}`);
    for (const p of [1, 2, 3, 4]) {
      const n = mine.filter((x) => x === p).length;
      if (int(npc, `npc_pending_prio_${p}`) !== n) fail(`${name}: npc_pending_prio_${p} = ${int(npc, `npc_pending_prio_${p}`)}, owns ${n}`);
    }
    if (world.call("GetIsDead", npc) && total > 0) fail(`dead ${name} still has ${total} pending`);
  }
  if (pendingSum !== depth) fail(`sum(npc_pending_total) = ${pendingSum} != depth ${depth}`);
}

// ---- Area controller (seed: "Area controller runtime") ----------------------------------------

const STOPPED = 0;
const RUNNING = 1;
const PAUSED = 2;
export const AREA_STATE_NAMES: Record<number, string> = { [STOPPED]: "STOPPED", [RUNNING]: "RUNNING", [PAUSED]: "PAUSED" };

/**
 * Locals a STOPPED area may keep: builder settings, metric counters and the core's queue (the
 * seed never drains it on pause or stop; rules 1–3 keep it consistent). Every nb_* lifecycle
 * local (state, compat flag, timer guard, cursor, idle count, selection slots) must be gone.
 */
const STOPPED_AREA_ALLOWED = [
  /^int:npc_area_metric_/,
  /^int:npc_area_(always_on|idle_stop_after_sec|budget_per_tick|cold_every_ticks|hot_pending_min|all_hot)$/,
  /^float:npc_area_hot_distance$/,
  /^int:npc_area_queue_(depth|critical|high|normal|low)$/,
  /^int:npc_area_degraded_mode$/,
  /^(int|object):npc_q_(owner|prio|kind)_\d+$/,
];

export interface AreaFacts {
  /** Commands the area owns in the scheduler: its timer loop's next iteration, if any. */
  pendingLoops: number;
  /** A PC stands in the area or it is always-on (the seed's auto-start policy). */
  present: boolean;
}

/**
 * Throws, naming the broken rule, unless: exactly one timer loop per area that is not STOPPED
 * (none when STOPPED), nb_area_timer_running says so, nb_area_active mirrors RUNNING, the state
 * is RUNNING exactly when the area is present (a PC in it, or always-on), and a STOPPED area
 * keeps no runtime state beyond what the seed allows.
 */
export function checkAreaController(world: World, area: Obj, facts: AreaFacts): void {
  const int = (k: string) => world.call("GetLocalInt", area, k) as number;
  const tag = world.call("GetTag", area) as string;
  const fail = (msg: string) => {
    throw new Error(`area controller broken in ${tag}: ${msg}`);
  };
  const state = int("nb_area_state");
  const name = AREA_STATE_NAMES[state];
  if (name === undefined) fail(`nb_area_state = ${state}`);
  const guard = int("nb_area_timer_running");
  if (facts.pendingLoops > 1) fail(`${facts.pendingLoops} timer loops (duplicate tick chain), state ${name}`);
  if (facts.pendingLoops !== (guard === 1 ? 1 : 0)) fail(`nb_area_timer_running = ${guard} but ${facts.pendingLoops} loop(s) scheduled`);
  if (state !== STOPPED && facts.pendingLoops !== 1) fail(`${name} without a timer loop`);
  if (int("nb_area_active") !== (state === RUNNING ? 1 : 0)) fail(`nb_area_active = ${int("nb_area_active")} while ${name}`);
  if (facts.present && state !== RUNNING) fail(`${name} although a PC is in it or it is always-on`);
  if (!facts.present && state === RUNNING) fail(`RUNNING with no PC in it and not always-on`);
  if (state === STOPPED) {
    const left = world
      .get(area)
      .locals.entries()
      .map(([t, n]) => `${t}:${n}`)
      .filter((n) => !STOPPED_AREA_ALLOWED.some((re) => re.test(n)));
    if (left.length > 0) fail(`STOPPED but still holds ${left.sort().join(", ")}`);
  }
}
