// The events of an area storm, their generators, how each is applied to a storm world, and a
// printer that turns an event list into numbered sentences (what a shrunk failure shows).
import fc from "fast-check";
import { NpcBehaviorOnHeartbeat } from "../../runtime-ts/core/npc_behavior.js";
import type { Obj } from "./harness.js";
import {
  AREA_SIZES,
  logout,
  moveCreature,
  NPC_COUNT,
  PC_SLOTS,
  type AreaConfig,
  type EnterTiming,
  type ExitTiming,
  type StormWorld,
} from "./storm-world.js";

/** `other`: an NPC index below NPC_COUNT, else PC slot (other - NPC_COUNT). */
export type StormEvent =
  | { e: "login"; pc: number; area: number; x: number; enter: EnterTiming }
  | { e: "walk"; pc: number; area: number; x: number; exit: ExitTiming; enter: EnterTiming }
  | { e: "logout"; pc: number; exit: ExitTiming }
  | { e: "wait"; ms: number }
  | { e: "spawn" | "endround" | "heartbeat" | "toggleDisable"; npc: number }
  | { e: "perceive"; npc: number; other: number; how: "seen" | "vanished" | "heard" }
  | { e: "attack" | "kill" | "speak"; npc: number; other: number }
  | { e: "damage"; npc: number; other: number; amount: number }
  | { e: "spell"; npc: number; other: number; harmful: boolean }
  | { e: "npcWalk"; npc: number; area: number; exit: ExitTiming }
  | { e: "burst"; area: number; first: number; count: number; kind: "damage" | "perceive" | "spell" };

const areaIx = fc.integer({ min: 0, max: AREA_SIZES.length - 1 });
const pcIx = fc.integer({ min: 0, max: PC_SLOTS - 1 });
const npcIx = fc.integer({ min: 0, max: NPC_COUNT - 1 });
const otherIx = fc.integer({ min: 0, max: NPC_COUNT + PC_SLOTS - 1 });
const x = fc.integer({ min: 0, max: 159 });
// The engine's own order first: the shrinker prefers earlier constants.
const exitTiming = fc.constantFrom<ExitTiming>("counted", "removed");
const enterTiming = fc.constantFrom<EnterTiming>("listed", "unlisted");
const rec = <T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> => fc.record(fields) as fc.Arbitrary<T>;

export const stormEvent: fc.Arbitrary<StormEvent> = fc.oneof(
  { weight: 4, arbitrary: rec({ e: fc.constant("login" as const), pc: pcIx, area: areaIx, x, enter: enterTiming }) },
  { weight: 5, arbitrary: rec({ e: fc.constant("walk" as const), pc: pcIx, area: areaIx, x, exit: exitTiming, enter: enterTiming }) },
  { weight: 3, arbitrary: rec({ e: fc.constant("logout" as const), pc: pcIx, exit: exitTiming }) },
  // Time passing: mostly within a few ticks, sometimes long enough for an idle window to end.
  { weight: 6, arbitrary: rec({ e: fc.constant("wait" as const), ms: fc.integer({ min: 1, max: 4000 }) }) },
  { weight: 1, arbitrary: rec({ e: fc.constant("wait" as const), ms: fc.integer({ min: 5000, max: 200_000 }) }) },
  { weight: 1, arbitrary: rec({ e: fc.constantFrom("spawn" as const, "endround" as const, "heartbeat" as const, "toggleDisable" as const), npc: npcIx }) },
  { weight: 2, arbitrary: rec({ e: fc.constant("perceive" as const), npc: npcIx, other: otherIx, how: fc.constantFrom("seen" as const, "vanished" as const, "heard" as const) }) },
  { weight: 2, arbitrary: rec({ e: fc.constantFrom("attack" as const, "speak" as const), npc: npcIx, other: otherIx }) },
  { weight: 1, arbitrary: rec({ e: fc.constant("kill" as const), npc: npcIx, other: otherIx }) },
  { weight: 2, arbitrary: rec({ e: fc.constant("damage" as const), npc: npcIx, other: otherIx, amount: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 2, arbitrary: rec({ e: fc.constant("spell" as const), npc: npcIx, other: otherIx, harmful: fc.boolean() }) },
  { weight: 1, arbitrary: rec({ e: fc.constant("npcWalk" as const), npc: npcIx, area: areaIx, exit: exitTiming }) },
  {
    weight: 1,
    arbitrary: rec({
      e: fc.constant("burst" as const),
      area: areaIx,
      first: fc.integer({ min: 0, max: AREA_SIZES[0]! - 1 }),
      count: fc.integer({ min: 4, max: 24 }),
      kind: fc.constantFrom("damage" as const, "perceive" as const, "spell" as const),
    }),
  },
);

/** Area settings of one storm: always-on now and then, idle windows short enough to end. */
export const areaConfigs: fc.Arbitrary<AreaConfig[]> = fc.array(
  rec<AreaConfig>({
    alwaysOn: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))), // one area in four
    idleStopSec: fc.constantFrom(0, 2, 5, 20),
    budget: fc.constantFrom(0, 1, 3),
  }),
  { minLength: AREA_SIZES.length, maxLength: AREA_SIZES.length },
);

/** Where each PC slot stands at module load (undefined: not logged in); mostly nobody. */
export const startPcs: fc.Arbitrary<(number | undefined)[]> = fc.array(fc.option(areaIx, { nil: undefined, freq: 2 }), {
  minLength: PC_SLOTS,
  maxLength: PC_SLOTS,
});

const areaName = (i: number): string => `A${i}`;
const otherName = (o: number): string => (o < NPC_COUNT ? `N${o}` : `P${o - NPC_COUNT}`);
const exitNote = (t: ExitTiming): string => (t === "removed" ? " (OnExit after the list dropped it)" : "");
const enterNote = (t: EnterTiming): string => (t === "unlisted" ? " (OnEnter before the list has it)" : "");

/** One event as a sentence. */
export function describeEvent(ev: StormEvent): string {
  switch (ev.e) {
    case "login": return `P${ev.pc} logs in to ${areaName(ev.area)} at x=${ev.x}${enterNote(ev.enter)}`;
    case "walk": return `P${ev.pc} walks to ${areaName(ev.area)} at x=${ev.x}${exitNote(ev.exit)}${enterNote(ev.enter)}`;
    case "logout": return `P${ev.pc} logs out${exitNote(ev.exit)}`;
    case "wait": return `${ev.ms / 1000} s pass`;
    case "spawn": return `N${ev.npc} spawns`;
    case "endround": return `N${ev.npc} ends a combat round`;
    case "heartbeat": return `N${ev.npc} gets a heartbeat from a script`;
    case "toggleDisable": return `N${ev.npc}'s npc_flag_disable_object is toggled`;
    case "perceive": return `N${ev.npc} perceives ${otherName(ev.other)} (${ev.how})`;
    case "attack": return `${otherName(ev.other)} attacks N${ev.npc}`;
    case "speak": return `${otherName(ev.other)} speaks to N${ev.npc}`;
    case "kill": return `${otherName(ev.other)} kills N${ev.npc}`;
    case "damage": return `${otherName(ev.other)} deals ${ev.amount} damage to N${ev.npc}`;
    case "spell": return `${otherName(ev.other)} casts a ${ev.harmful ? "harmful" : "harmless"} spell at N${ev.npc}`;
    case "npcWalk": return `N${ev.npc} walks to ${areaName(ev.area)}${exitNote(ev.exit)}`;
    case "burst": return `${ev.count} ${ev.kind} events hit ${areaName(ev.area)}'s NPCs from its #${ev.first}`;
  }
}

/** The storm as numbered lines, with the area settings (and PCs there at module load) first. */
export function describeStorm(seed: number, configs: AreaConfig[], events: readonly StormEvent[], atLoad: (number | undefined)[] = []): string {
  const settings = configs
    .map((c, i) => `${areaName(i)}: ${c.alwaysOn ? "always-on, " : ""}idle ${c.idleStopSec || "180 (default)"} s, budget ${c.budget || "6 (default)"}`)
    .join("; ");
  const present = atLoad.flatMap((a, k) => (a === undefined ? [] : [`P${k} in ${areaName(a)}`]));
  const load = present.length > 0 ? `; at module load ${present.join(", ")}` : "";
  return [`world seed ${seed}; ${settings}${load}`, ...events.map((ev, i) => `#${i} ${describeEvent(ev)}`)].join("\n");
}

/** The creature an `other` index names, or undefined for a PC slot nobody is logged in to. */
function otherObj(sw: StormWorld, o: number): Obj | undefined {
  return o < NPC_COUNT ? sw.npcs[o] : sw.pcs[o - NPC_COUNT];
}

/** NPCs standing in area i now (NPCs walk between areas during a storm). */
function npcsIn(sw: StormWorld, i: number): Obj[] {
  return sw.npcs.filter((n) => sw.w.isLive(n) && sw.w.get(n).area?.id === sw.areas[i]!.id);
}

/** Applies one event. Events naming an absent PC do nothing (printed as they were generated). */
export function applyEvent(sw: StormWorld, ev: StormEvent): void {
  const { w } = sw;
  switch (ev.e) {
    case "login": {
      if (sw.pcs[ev.pc]) return;
      const pc = w.createCreature({ tag: `P${ev.pc}`, isPC: true, hp: 50, maxHp: 50 });
      sw.pcs[ev.pc] = pc;
      if (ev.enter === "listed") return w.clientEnter(pc, sw.areas[ev.area]!, { x: ev.x, y: 0, z: 0 });
      w.clientEnter(pc);
      return moveCreature(w, pc, sw.areas[ev.area]!, "counted", ev.enter, ev.x);
    }
    case "walk": {
      const pc = sw.pcs[ev.pc];
      if (pc) moveCreature(w, pc, sw.areas[ev.area]!, ev.exit, ev.enter, ev.x);
      return;
    }
    case "logout": {
      const pc = sw.pcs[ev.pc];
      if (!pc) return;
      sw.pcs[ev.pc] = undefined;
      return logout(w, pc, ev.exit);
    }
    case "wait": return w.advance(ev.ms / 1000);
    case "burst": {
      const targets = npcsIn(sw, ev.area);
      const attacker = sw.pcs.find((p) => p !== undefined) ?? sw.npcs[2]!;
      for (let k = 0; k < ev.count && targets.length > 0; k++) {
        const t = targets[(ev.first + k) % targets.length]!;
        if (ev.kind === "damage") w.damage(t, attacker, 1);
        else if (ev.kind === "perceive") w.perceive(t, attacker, "seen");
        else w.castSpellAt(t, attacker, 10);
      }
      return;
    }
  }
  const npc = sw.npcs[ev.npc]!;
  if (!w.isLive(npc)) return;
  switch (ev.e) {
    case "spawn": return w.spawn(npc);
    case "endround": return w.endCombatRound(npc);
    case "heartbeat": return w.runScript(npc, () => void NpcBehaviorOnHeartbeat(npc as object));
    case "toggleDisable":
      return void w.call("SetLocalInt", npc, "npc_flag_disable_object", w.call("GetLocalInt", npc, "npc_flag_disable_object") ? 0 : 1);
    case "npcWalk": return moveCreature(w, npc, sw.areas[ev.area]!, ev.exit, "listed");
  }
  const other = otherObj(sw, ev.other);
  if (!other || !w.isLive(other)) return;
  switch (ev.e) {
    case "perceive": return w.perceive(npc, other, ev.how);
    case "attack": return w.attack(npc, other);
    case "speak": return w.speak(npc, other);
    case "kill": return w.kill(npc, other);
    case "damage": return w.damage(npc, other, ev.amount);
    case "spell": return w.castSpellAt(npc, other, 10, ev.harmful);
  }
}
