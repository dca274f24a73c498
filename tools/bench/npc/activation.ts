// The npc-activation scenario on the twin: areas of 50 NPCs each, one player walking between them
// and a lobby (no hooks). Each activation is a PC entering an area that is STOPPED (first visit of
// a round, after every area has idled out) or PAUSED (re-entering after a short absence).
// Timed per activation, wall clock (performance.now()):
//   enterMs    — the area's OnEnter script run (npc_area_enter: lifecycle → RUNNING, loop started
//                when there is none);
//   firstTickMs — the first run of that area's timer loop that dispatches a RUNNING tick after the
//                enter (the NPC heartbeats of that tick included);
//   totalMs    = enterMs + firstTickMs (the claim's figure).
// Also recorded: the simulated delay from the enter to that first tick (0 from STOPPED: the loop's
// first iteration is queued for now; up to 1 s from PAUSED: the paused loop's next poll runs it).
import { EVENT, World } from "../../twin/engine/index.js";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../../twin/engine/factions.js";
import { SeededRandom } from "../../twin/engine/random.js";
import type { NwAction, NwObject } from "../../twin/values.js";
import { NPC_HOOKS } from "../../sim/world.js";
import type { ScriptSet } from "./scripts.js";

export interface ActivationShape {
  areas: number;
  npcsPerArea: number;
  /** Timed rounds; each round activates every area twice (from STOPPED, then from PAUSED). */
  rounds: number;
  seed: number;
}

export interface Activation {
  area: number;
  from: "STOPPED" | "PAUSED";
  enterMs: number;
  firstTickMs: number;
  totalMs: number;
  /** Simulated ms from the enter to the first tick. */
  simulatedDelayMs: number;
}

const STATE_RUNNING = 1;
const STATE_PAUSED = 2;
const AREA_SIZE = 160;
/** Longer than the default idle window (180 s): every area is STOPPED when a round starts. */
const BETWEEN_ROUNDS_SEC = 200;

interface LoopRun {
  areaId: number;
  wallMs: number;
  simMs: number;
  ticked: boolean;
}

export function runActivations(scripts: ScriptSet, shape: ActivationShape): { activations: Activation[]; warmup: Activation[] } {
  const w = new World({ seed: shape.seed, strictScripts: true });
  scripts.install(w);
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const tickCount = (a: NwObject): number => w.call("GetLocalInt", a, "npc_area_metric_tick_count") as number;
  const state = (a: NwObject): number => w.call("GetLocalInt", a, "nb_area_state") as number;

  // OnEnter timed around the registered script.
  const enterBody = w.script("npc_area_enter");
  if (!enterBody) throw new Error("npc_area_enter is not registered");
  let lastEnterMs = 0;
  w.registerScript("npc_area_enter", (world) => {
    const t0 = performance.now();
    enterBody(world);
    lastEnterMs = performance.now() - t0;
  });
  // Commands owned by an area (its timer loop: AssignCommand/DelayCommand on the area) timed.
  const loopRuns: LoopRun[] = [];
  const areaIds = new Set<number>();
  const schedule = w.schedule.bind(w);
  w.schedule = (delay: number, owner: NwObject, action: NwAction): void => {
    if (!areaIds.has(owner.id)) return schedule(delay, owner, action);
    schedule(delay, owner, {
      run() {
        const before = tickCount(owner);
        const t0 = performance.now();
        action.run();
        const wallMs = performance.now() - t0;
        loopRuns.push({ areaId: owner.id, wallMs, simMs: w.clock.nowMs, ticked: tickCount(owner) > before });
      },
    });
  };

  const rng = new SeededRandom(shape.seed);
  const lobby = w.createArea({ tag: "LOBBY" });
  const areas: NwObject[] = [];
  for (let i = 0; i < shape.areas; i++) {
    const a = w.createArea({ tag: `AREA${i}`, scripts: { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" } });
    areaIds.add(a.id);
    areas.push(a);
    for (let n = 0; n < shape.npcsPerArea; n++) {
      w.createCreature({
        tag: `A${i}N${n}`,
        area: a,
        position: { x: rng.below(AREA_SIZE), y: rng.below(AREA_SIZE), z: 0 },
        faction: rng.below(2) === 0 ? FACTION_HOSTILE : FACTION_COMMONER,
        hp: 120,
        maxHp: 120,
        scripts: NPC_HOOKS,
      });
    }
  }
  const pc = w.createCreature({ tag: "PC", isPC: true, hp: 1000, maxHp: 1000 });
  w.start();
  w.clientEnter(pc, lobby);

  const centre = { x: AREA_SIZE / 2, y: AREA_SIZE / 2, z: 0 };
  const activate = (i: number): Activation => {
    const a = areas[i]!;
    const s = state(a);
    if (s === STATE_RUNNING) throw new Error(`AREA${i} is already RUNNING before the enter`);
    const from = s === STATE_PAUSED ? "PAUSED" : "STOPPED";
    const enterSim = w.clock.nowMs;
    const seen = loopRuns.length;
    lastEnterMs = Number.NaN;
    w.enterArea(pc, a, centre);
    if (Number.isNaN(lastEnterMs)) throw new Error(`AREA${i}: OnEnter did not run`);
    if (state(a) !== STATE_RUNNING) throw new Error(`AREA${i}: not RUNNING after the PC entered`);
    const enterMs = lastEnterMs;
    // Run the world until that area's loop has dispatched a tick (at most 1 s + a margin).
    let tick: LoopRun | undefined;
    while (!tick) {
      const due = w.scheduler.nextDueMs();
      if (due === undefined || due - enterSim > 1100) throw new Error(`AREA${i}: no tick within 1.1 s of the enter`);
      w.advance(Math.max(0, due - w.clock.nowMs) / 1000);
      tick = loopRuns.slice(seen).find((r) => r.areaId === a.id && r.ticked);
    }
    return { area: i, from, enterMs, firstTickMs: tick.wallMs, totalMs: enterMs + tick.wallMs, simulatedDelayMs: tick.simMs - enterSim };
  };

  const round = (): Activation[] => {
    const out: Activation[] = [];
    w.advance(BETWEEN_ROUNDS_SEC);
    for (let i = 0; i < areas.length; i++) {
      out.push(activate(i));
      w.advance(1 + rng.below(1000) / 1000);
      w.enterArea(pc, lobby);
      w.advance(0.1 + rng.below(800) / 1000); // a short absence: the area is PAUSED, its loop polling
      out.push(activate(i));
      w.advance(0.5 + rng.below(1000) / 1000);
      w.enterArea(pc, lobby);
    }
    return out;
  };
  const warmup = round(); // untimed for the claim: the twin's code is cold on the first round
  const activations: Activation[] = [];
  for (let r = 0; r < shape.rounds; r++) activations.push(...round());
  return { activations, warmup };
}
