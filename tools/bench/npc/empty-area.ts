// The npc-empty-area scenario: K NPCs (spawned through the module's OnSpawn) in an area no player
// is in, run for N simulated minutes after a warm-up. Three ways to drive them:
//  - "always-on": the area is marked npc_area_always_on, so our area loop keeps ticking it every
//    second with no player there; the presence policy makes every NPC cold (due every 4th tick).
//  - "players-left": the area is ours with default settings; the one player leaves it when the
//    window starts, so it PAUSES (light polling) and STOPS after the idle window (180 s).
//  - "all-hot": as always-on with npc_area_all_hot set (our dispatcher without the presence policy;
//    the "naive always-on" of docs/npc_presence_policy.md), for reference.
//  - "naive": no area controller; every NPC's OnHeartbeat is the naive always-on script, fired
//    every 6 s per NPC (staggered over the 6 s like the game's heartbeats) regardless of players.
// A lobby area without hooks holds the player, so the presence checks walk a real PC list.
import { EVENT, World } from "../../twin/engine/index.js";
import { FACTION_COMMONER } from "../../twin/engine/factions.js";
import { SeededRandom } from "../../twin/engine/random.js";
import type { NwObject } from "../../twin/values.js";
import { NPC_HOOKS } from "../../sim/world.js";
import { NAIVE_SCRIPT } from "./naive.js";
import type { ScriptSet } from "./scripts.js";

export type EmptyAreaMode = "always-on" | "all-hot" | "players-left" | "naive";

export interface EmptyAreaShape {
  npcs: number;
  /** Measured window, simulated minutes. */
  minutes: number;
  /** Simulated seconds run before the window (spawn settling, loop started, JIT warm). */
  warmupSec: number;
  seed: number;
}

export interface EmptyAreaRun {
  mode: EmptyAreaMode;
  npcs: number;
  minutes: number;
  /** Interpreter instructions of every script run in the window (interp runner only). */
  instructions: number;
  /** Script runs in the window (interp runner only). */
  scriptRuns: number;
  /** Wall time of the window, ms (whole simulation: scripts plus the engine simulator). */
  wallMs: number;
  /** NpcBehaviorOnHeartbeat calls in the window, and those that ran (not skipped), over all NPCs. */
  heartbeatCalls: number;
  heartbeatsRun: number;
  /** Lifecycle state of the area at the end (0 STOPPED, 1 RUNNING, 2 PAUSED; naive: 0). */
  finalAreaState: number;
}

const HEARTBEAT_SEC = 6;
const AREA_SIZE = 160;

function localInt(w: World, o: NwObject, key: string): number {
  return w.call("GetLocalInt", o, key) as number;
}

function heartbeatTotals(w: World, npcs: NwObject[]): { calls: number; skipped: number } {
  let calls = 0;
  let skipped = 0;
  for (const n of npcs) {
    calls += localInt(w, n, "npc_metric_heartbeat_count");
    skipped += localInt(w, n, "npc_metric_heartbeat_skipped_count");
  }
  return { calls, skipped };
}

export function runEmptyArea(scripts: ScriptSet, mode: EmptyAreaMode, shape: EmptyAreaShape): EmptyAreaRun {
  const w = new World({ seed: shape.seed, strictScripts: true });
  scripts.install(w);
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const lobby = w.createArea({ tag: "LOBBY" });
  const areaHooks: Record<number, string> = mode === "naive" ? {} : { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" };
  const area = w.createArea({ tag: "EMPTY", scripts: areaHooks });
  if (mode === "always-on" || mode === "all-hot") w.call("SetLocalInt", area, "npc_area_always_on", 1);
  if (mode === "all-hot") w.call("SetLocalInt", area, "npc_area_all_hot", 1);
  const rng = new SeededRandom(shape.seed);
  const npcHooks: Record<number, string> = mode === "naive" ? { ...NPC_HOOKS, [EVENT.CREATURE_ON_HEARTBEAT]: NAIVE_SCRIPT } : NPC_HOOKS;
  const npcs: NwObject[] = [];
  for (let i = 0; i < shape.npcs; i++) {
    npcs.push(
      w.createCreature({
        tag: `NPC${i}`,
        area,
        position: { x: rng.below(AREA_SIZE), y: rng.below(AREA_SIZE), z: 0 },
        faction: FACTION_COMMONER,
        hp: 120,
        maxHp: 120,
        scripts: npcHooks,
      }),
    );
  }
  const pc = w.createCreature({ tag: "PC", isPC: true, hp: 100, maxHp: 100 });
  w.start();
  // players-left: the player is in the area through the warm-up and leaves as the window opens.
  w.clientEnter(pc, mode === "players-left" ? area : lobby, { x: AREA_SIZE / 2, y: AREA_SIZE / 2, z: 0 });

  let second = 0;
  // One simulated second: the naive heartbeats due in it (NPC i at seconds ≡ i mod 6), then the
  // commands due (our area loop).
  const step = (): void => {
    if (mode === "naive") {
      for (let i = second % HEARTBEAT_SEC; i < npcs.length; i += HEARTBEAT_SEC) w.fireEvent(npcs[i]!, EVENT.CREATURE_ON_HEARTBEAT);
    }
    w.advance(1);
    second++;
  };
  for (let s = 0; s < shape.warmupSec; s++) step();
  if (mode === "players-left") w.enterArea(pc, lobby);

  const before = heartbeatTotals(w, npcs);
  let instructions = 0;
  let scriptRuns = 0;
  scripts.meter.onRun = (run) => {
    instructions += run.instructions;
    scriptRuns++;
  };
  const t0 = performance.now();
  for (let s = 0; s < shape.minutes * 60; s++) step();
  const wallMs = performance.now() - t0;
  scripts.meter.onRun = undefined;
  const after = heartbeatTotals(w, npcs);
  const calls = after.calls - before.calls;
  return {
    mode,
    npcs: shape.npcs,
    minutes: shape.minutes,
    instructions,
    scriptRuns,
    wallMs,
    heartbeatCalls: calls,
    heartbeatsRun: calls - (after.skipped - before.skipped),
    finalAreaState: localInt(w, area, "nb_area_state"),
  };
}
