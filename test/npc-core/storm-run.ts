// Runs an area storm event by event and checks, after every event: the seed's three queue
// invariants in every area, the area controller's invariants (invariants.ts), the idle window
// (PAUSED until it has passed, STOPPED at most one tick after), and across time passing the
// dispatcher's accounting (one tick per second while present, none otherwise; processed +
// skipped + deferred + cold = eligible NPCs per tick; processed + skipped = heartbeats run,
// never above the budget). A failure names the event and prints the storm up to it.
import { NPC_AREA_BUDGET_PER_TICK } from "../../runtime-ts/core/npc_config.js";
import {
  NPC_PRESENCE_COLD_EVERY_TICKS,
  NPC_PRESENCE_QUIET_COLD_EVERY_TICKS,
  NPC_PRESENCE_QUIET_WALK_EVERY,
} from "../../runtime-ts/core/npc_presence.js";
import type { Obj } from "./harness.js";
import { AREA_STATE_NAMES, checkAreaController, checkInvariants } from "./invariants.js";
import { applyEvent, describeStorm, type StormEvent } from "./storm-events.js";
import { idleWindowSec, present, type StormWorld } from "./storm-world.js";

const STOPPED = 0;
const PAUSED = 2;

interface AreaSnapshot {
  /** Heartbeat count of each eligible NPC, by id. */
  eligibleBeats: Map<number, number>;
  ticks: number;
  processed: number;
  skipped: number;
  deferred: number;
  cold: number;
  /** Ticks of a quiet area without a walk (npc_area_metric_quiet_tick_count). */
  quiet: number;
  eligible: number;
  heartbeats: number;
}

/** The storm up to the failing event, and what broke. */
export class StormFailure extends Error {
  constructor(
    readonly failedAt: number,
    readonly storm: string,
    readonly rule: string,
  ) {
    super(`storm broke a rule at event #${failedAt}: ${rule}\n${storm}`);
  }
}

function snapshot(sw: StormWorld, area: Obj): AreaSnapshot {
  const { w } = sw;
  const int = (o: Obj, k: string) => w.call("GetLocalInt", o, k) as number;
  let eligible = 0;
  let heartbeats = 0;
  const eligibleBeats = new Map<number, number>();
  for (const o of w.get(area).contents) {
    if (o.kind !== "creature") continue;
    const beats = int(o.handle, "npc_metric_heartbeat_count");
    heartbeats += beats;
    if (!o.isPC && int(o.handle, "npc_behavior_init_done") === 1 && int(o.handle, "npc_flag_disable_object") !== 1) {
      eligible++;
      eligibleBeats.set(o.id, beats);
    }
  }
  return {
    eligibleBeats,
    ticks: int(area, "npc_area_metric_tick_count"),
    processed: int(area, "npc_area_metric_processed_count"),
    skipped: int(area, "npc_area_metric_skipped_count"),
    deferred: int(area, "npc_area_metric_deferred_count"),
    cold: int(area, "npc_area_metric_cold_count"),
    quiet: int(area, "npc_area_metric_quiet_tick_count"),
    eligible,
    heartbeats,
  };
}

/** Dispatcher accounting over `ms` of time passing in area i (nothing else happened meanwhile). */
function checkWait(sw: StormWorld, i: number, before: AreaSnapshot, after: AreaSnapshot, ms: number, wasPresent: boolean): void {
  const ticks = after.ticks - before.ticks;
  const ran = after.processed + after.skipped - before.processed - before.skipped;
  const accounted = ran + after.deferred - before.deferred + after.cold - before.cold;
  const budget = sw.configs[i]!.budget || NPC_AREA_BUDGET_PER_TICK;
  const fail = (msg: string) => {
    throw new Error(`area A${i} over ${ms} ms: ${msg}`);
  };
  if (!wasPresent && ticks !== 0) fail(`${ticks} dispatcher ticks without a PC (PAUSED/STOPPED areas dispatch nothing)`);
  if (wasPresent) {
    const whole = Math.floor(ms / 1000);
    if (ticks < whole || ticks > whole + 1) fail(`${ticks} dispatcher ticks, expected ${whole} or ${whole + 1} (one per second)`);
  }
  const walked = ticks - (after.quiet - before.quiet);
  if (accounted !== walked * before.eligible) {
    fail(`processed + skipped + deferred + cold grew by ${accounted}, expected ${walked} walked ticks x ${before.eligible} eligible NPCs`);
  }
  if (ran > ticks * budget) fail(`${ran} heartbeats in ${ticks} ticks, above the budget ${budget}`);
  if (after.heartbeats - before.heartbeats !== ran) {
    fail(`processed + skipped grew by ${ran} but the area's NPCs counted ${after.heartbeats - before.heartbeats} heartbeats`);
  }
  // No starvation: with E eligible NPCs, each due at least once per cold period, every one is
  // attempted within (ceil(E / budget) + 1) cold periods of ticks; in a quiet area (always-on,
  // no PC there: npc_presence) the period is longer and its walks come every few ticks.
  const coldEvery = after.quiet > before.quiet ? NPC_PRESENCE_QUIET_COLD_EVERY_TICKS + NPC_PRESENCE_QUIET_WALK_EVERY : NPC_PRESENCE_COLD_EVERY_TICKS;
  const bound = (Math.ceil(before.eligible / budget) + 1) * coldEvery + 1;
  if (wasPresent && ticks >= bound) {
    for (const [id, beats] of before.eligibleBeats) {
      if ((after.eligibleBeats.get(id) ?? beats) === beats) fail(`eligible NPC #${id.toString(16)} got no heartbeat in ${ticks} ticks (${before.eligible} eligible, budget ${budget})`);
    }
  }
}

/** Idle window: PAUSED before it has passed since the last PC left, STOPPED one tick after. */
function checkIdleWindow(sw: StormWorld, i: number, lastPresentMs: number | undefined): void {
  const area = sw.areas[i]!;
  const state = sw.w.call("GetLocalInt", area, "nb_area_state") as number;
  const name = AREA_STATE_NAMES[state];
  if (lastPresentMs === undefined) {
    if (state !== STOPPED) throw new Error(`area A${i} is ${name} but never had a PC`);
    return;
  }
  const window = idleWindowSec(sw.configs[i]!) * 1000;
  const gone = sw.w.clock.nowMs - lastPresentMs;
  if (gone < window && state !== PAUSED) throw new Error(`area A${i} is ${name} ${gone} ms after its last PC left (idle window ${window} ms)`);
  if (gone > window + 1000 && state !== STOPPED) throw new Error(`area A${i} is still ${name} ${gone} ms after its last PC left (idle window ${window} ms)`);
}

/** Every rule after the world's current moment. */
export function checkAll(sw: StormWorld, lastPresentMs: (number | undefined)[]): void {
  const creatures = [...sw.npcs, ...sw.pcs.filter((p): p is Obj => p !== undefined)];
  sw.areas.forEach((area, i) => {
    checkInvariants(sw.w, area, creatures);
    const isPresent = present(sw, i);
    checkAreaController(sw.w, area, { pendingLoops: sw.pending.get(area.id) ?? 0, present: isPresent });
    if (!isPresent) checkIdleWindow(sw, i, lastPresentMs[i]);
  });
}

const stateName = (sw: StormWorld, area: Obj): string => AREA_STATE_NAMES[sw.w.call("GetLocalInt", area, "nb_area_state") as number] ?? "?";

/**
 * Applies the events in order, checking every rule after each; throws a StormFailure. Returns the
 * lifecycle transitions seen between events ("RUNNING->PAUSED", …), so callers can tell what the
 * storms reached.
 */
export function runStorm(sw: StormWorld, seed: number, events: readonly StormEvent[]): Set<string> {
  const transitions = new Set<string>();
  const now = () => sw.w.clock.nowMs;
  // When each area last had a PC (or always-on); undefined while it never had one.
  const lastPresentMs = sw.areas.map((_, i) => (present(sw, i) ? now() : undefined));
  const atLoad = sw.pcs.map((p) => (p ? sw.areas.findIndex((a) => a.id === sw.w.get(p).area?.id) : undefined));
  const at = (i: number, rule: string): StormFailure => new StormFailure(i, describeStorm(seed, sw.configs, events.slice(0, i + 1), atLoad), rule);
  try {
    checkAll(sw, lastPresentMs);
  } catch (err) {
    throw at(-1, `after module load: ${(err as Error).message}`);
  }
  events.forEach((ev, i) => {
    const was = sw.areas.map((a) => stateName(sw, a));
    try {
      const before = ev.e === "wait" ? sw.areas.map((a, k) => ({ snap: snapshot(sw, a), present: present(sw, k) })) : undefined;
      applyEvent(sw, ev);
      if (before) sw.areas.forEach((a, k) => checkWait(sw, k, before[k]!.snap, snapshot(sw, a), ev.ms, before[k]!.present));
      sw.areas.forEach((_, k) => {
        if (present(sw, k)) lastPresentMs[k] = now();
      });
      checkAll(sw, lastPresentMs);
    } catch (err) {
      if (err instanceof StormFailure) throw err;
      throw at(i, (err as Error).message);
    }
    sw.areas.forEach((a, k) => {
      const is = stateName(sw, a);
      if (is !== was[k]) transitions.add(`${was[k]}->${is}`);
    });
  });
  return transitions;
}
