// The world of the area storms: several areas wired with the area controller's hooks (OnEnter,
// OnExit, module load), NPCs with the core's hooks, and PC slots that log in, walk between areas
// and log out. Every step fires the hooks the engine fires, in the engine's order, or in one of
// the two list-update timings the seed makes the hooks resilient to.
import { EVENT, type World } from "../../tools/twin/engine/index.js";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../../tools/twin/engine/factions.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import { main as enterMain } from "../../runtime-ts/hooks/npc_area_enter.js";
import { main as exitMain } from "../../runtime-ts/hooks/npc_area_exit.js";
import { main as loadMain } from "../../runtime-ts/hooks/npc_mod_load.js";
import { NPC_HOOKS, npcWorld, type Obj } from "./harness.js";

/** Builder settings of one area (0 = unset, the module's default). */
export interface AreaConfig {
  alwaysOn: boolean;
  idleStopSec: number;
  budget: number;
}

/** Hook scripts of the areas (run with the world, OBJECT_SELF the area); tests plant bugs here. */
export interface AreaHooks {
  enter: (w: World) => void;
  exit: (w: World) => void;
}

export const REAL_AREA_HOOKS: AreaHooks = { enter: () => enterMain(), exit: () => exitMain() };

export const AREA_SIZES = [12, 5, 3];
export const NPC_COUNT = AREA_SIZES.reduce((a, b) => a + b, 0);
export const PC_SLOTS = 3;
/** Default idle window of the seed (npc_area_idle_stop_after_sec unset). */
export const DEFAULT_IDLE_STOP_SEC = 180;

export interface StormWorld {
  w: World;
  areas: Obj[];
  configs: AreaConfig[];
  npcs: Obj[];
  /** Logged-in PC of each slot, or undefined. A logout destroys the PC; a login creates a new one. */
  pcs: (Obj | undefined)[];
  /** Commands waiting in the scheduler, by owner id: an area's are its timer loop's next iteration. */
  pending: Map<number, number>;
}

/** Counts the scheduler's waiting commands per owner (the scheduler keeps its items private). */
function countPending(w: World): Map<number, number> {
  const pending = new Map<number, number>();
  const s = w.scheduler;
  const add = s.add.bind(s);
  const takeDue = s.takeDue.bind(s);
  s.add = (dueMs, owner, action) => {
    pending.set(owner.id, (pending.get(owner.id) ?? 0) + 1);
    add(dueMs, owner, action);
  };
  s.takeDue = (limitMs) => {
    const item = takeDue(limitMs);
    if (item) pending.set(item.owner.id, (pending.get(item.owner.id) ?? 0) - 1);
    return item;
  };
  return pending;
}

/** NPC i stands at x = (i * 37) % 160 on the x axis: some near a PC at x, some beyond 40 m. */
export const npcX = (i: number): number => (i * 37) % 160;

/**
 * Builds the world and starts the module (spawns, then module load bootstraps the areas).
 * `startPcs[k]`: the area PC slot k already stands in at module load (logged in and placed
 * without OnEnter, as after a restart with players in), or undefined.
 */
export function buildStorm(seed: number, configs: AreaConfig[], hooks: AreaHooks = REAL_AREA_HOOKS, startPcs: (number | undefined)[] = []): StormWorld {
  const w = npcWorld(seed);
  const pending = countPending(w);
  registerSubsetScripts(w, { npc_area_enter: () => hooks.enter(w), npc_area_exit: () => hooks.exit(w), npc_mod_load: loadMain });
  w.call("SetEventScript", w.module, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const areas = AREA_SIZES.map((_, i) =>
    w.createArea({ tag: `A${i}`, scripts: { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" } }),
  );
  areas.forEach((a, i) => {
    const c = configs[i]!;
    if (c.alwaysOn) w.call("SetLocalInt", a, "npc_area_always_on", 1);
    if (c.idleStopSec > 0) w.call("SetLocalInt", a, "npc_area_idle_stop_after_sec", c.idleStopSec);
    if (c.budget > 0) w.call("SetLocalInt", a, "npc_area_budget_per_tick", c.budget);
  });
  const npcs: Obj[] = [];
  AREA_SIZES.forEach((size, a) => {
    for (let i = 0; i < size; i++) {
      const n = npcs.length;
      npcs.push(
        w.createCreature({
          tag: `N${n}`,
          area: areas[a]!,
          faction: i % 3 === 2 ? FACTION_HOSTILE : FACTION_COMMONER,
          hp: 40,
          maxHp: 40,
          position: { x: npcX(n), y: 0, z: 0 },
          scripts: NPC_HOOKS,
        }),
      );
    }
  });
  const pcs: (Obj | undefined)[] = Array.from({ length: PC_SLOTS }, (_, k) => {
    const at = startPcs[k];
    if (at === undefined) return undefined;
    const pc = w.createCreature({ tag: `P${k}`, isPC: true, hp: 50, maxHp: 50, position: { x: 0, y: 0, z: 0 } });
    w.placeInArea(w.get(pc), w.get(areas[at]!));
    return pc;
  });
  w.start();
  return { w, areas, configs, npcs, pcs, pending };
}

/** When the engine updates the area's object list relative to the hook (see the seed). */
export type ExitTiming = "counted" | "removed";
export type EnterTiming = "listed" | "unlisted";

/**
 * Moves a creature out of its area (OnExit) and into `to` (OnEnter), or only out when `to` is
 * undefined. "counted"/"listed" is the engine's order (the twin's enterArea: OnExit while the
 * creature is still in the old area's list, OnEnter once it is in the new one); "removed" runs
 * OnExit after the creature already left the list, "unlisted" runs OnEnter before it joins.
 */
export function moveCreature(w: World, c: Obj, to: Obj | undefined, exit: ExitTiming, enter: EnterTiming, x?: number): void {
  const o = w.get(c);
  if (exit === "counted" && enter === "listed" && to) {
    w.enterArea(c, to, x === undefined ? undefined : { x, y: 0, z: 0 });
    return;
  }
  const from = o.area;
  if (from) {
    if (exit === "counted") {
      w.fireEvent(from.handle, EVENT.AREA_ON_EXIT, { exiting: c });
      w.removeFromArea(o);
    } else {
      w.removeFromArea(o);
      w.fireEvent(from.handle, EVENT.AREA_ON_EXIT, { exiting: c });
    }
  }
  if (!to || o.destroyed) return;
  if (x !== undefined) o.position = { x, y: 0, z: 0 };
  if (enter === "listed") {
    w.placeInArea(o, w.get(to));
    w.fireEvent(to, EVENT.AREA_ON_ENTER, { entering: c });
  } else {
    w.fireEvent(to, EVENT.AREA_ON_ENTER, { entering: c });
    w.placeInArea(o, w.get(to));
  }
}

/** A PC logs out: its area's OnExit (in the given timing), then it is gone (the twin's clientLeave). */
export function logout(w: World, pc: Obj, exit: ExitTiming): void {
  if (exit === "counted") return w.clientLeave(pc);
  moveCreature(w, pc, undefined, "removed", "listed");
  w.fireEvent(w.module, EVENT.MODULE_ON_CLIENT_EXIT, { exiting: pc });
  w.destroy(pc);
}

/** TRUE when a logged-in PC stands in the area. */
export function pcIn(sw: StormWorld, area: Obj): boolean {
  return sw.pcs.some((p) => p !== undefined && sw.w.get(p).area?.id === area.id);
}

/** The area has a PC or is always-on: the seed's auto-start policy. */
export function present(sw: StormWorld, i: number): boolean {
  return sw.configs[i]!.alwaysOn || pcIn(sw, sw.areas[i]!);
}

export function idleWindowSec(c: AreaConfig): number {
  return c.idleStopSec > 0 ? c.idleStopSec : DEFAULT_IDLE_STOP_SEC;
}
