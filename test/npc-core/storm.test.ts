// Property: random storms of NPC events over several areas keep the seed's three invariants after
// every event, and only whitelisted metric keys are ever written. A failure shrinks to the
// shortest event list that breaks a rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NpcBehaviorOnHeartbeat } from "../../runtime-ts/core/npc_behavior.js";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../../tools/twin/engine/factions.js";
import type { World } from "../../tools/twin/engine/index.js";
import { addNpc, addPc, npcWorld, setInt, type Obj } from "./harness.js";
import { checkInvariants } from "./invariants.js";
import { METRIC_KEYS, metricKeysWritten } from "./metric-keys.js";

type Ev =
  | { e: "spawn" | "heartbeat" | "endround" | "toggleDisable"; npc: number }
  | { e: "perceive"; npc: number; other: number; how: "seen" | "vanished" | "heard" }
  | { e: "attack" | "kill" | "speak"; npc: number; other: number }
  | { e: "damage"; npc: number; other: number; amount: number }
  | { e: "spell"; npc: number; other: number; harmful: boolean }
  | { e: "move"; npc: number; area: number }
  | { e: "advance"; seconds: number }
  | { e: "burst"; npc: number; count: number; kind: "damage" | "perceive" | "spell" };

const AREA_SIZES = [12, 5, 3];
const N = AREA_SIZES.reduce((a, b) => a + b, 0);

const npcIx = fc.integer({ min: 0, max: N - 1 });
const otherIx = fc.integer({ min: 0, max: N }); // N is the PC
const event: fc.Arbitrary<Ev> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ e: fc.constant("spawn" as const), npc: npcIx }) },
  { weight: 3, arbitrary: fc.record({ e: fc.constant("heartbeat" as const), npc: npcIx }) },
  { weight: 2, arbitrary: fc.record({ e: fc.constant("endround" as const), npc: npcIx }) },
  { weight: 1, arbitrary: fc.record({ e: fc.constant("toggleDisable" as const), npc: npcIx }) },
  { weight: 4, arbitrary: fc.record({ e: fc.constant("perceive" as const), npc: npcIx, other: otherIx, how: fc.constantFrom("seen" as const, "vanished" as const, "heard" as const) }) },
  { weight: 4, arbitrary: fc.record({ e: fc.constant("attack" as const), npc: npcIx, other: otherIx }) },
  { weight: 4, arbitrary: fc.record({ e: fc.constant("damage" as const), npc: npcIx, other: otherIx, amount: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ e: fc.constant("spell" as const), npc: npcIx, other: otherIx, harmful: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ e: fc.constant("speak" as const), npc: npcIx, other: otherIx }) },
  { weight: 1, arbitrary: fc.record({ e: fc.constant("kill" as const), npc: npcIx, other: otherIx }) },
  { weight: 1, arbitrary: fc.record({ e: fc.constant("move" as const), npc: npcIx, area: fc.integer({ min: 0, max: AREA_SIZES.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ e: fc.constant("advance" as const), seconds: fc.integer({ min: 1, max: 15 }) }) },
  // A storm: many NPCs of the crowded first area hit at once (reaches overflow, eviction, reserve).
  { weight: 2, arbitrary: fc.record({ e: fc.constant("burst" as const), npc: fc.integer({ min: 0, max: AREA_SIZES[0]! - 1 }), count: fc.integer({ min: 4, max: 24 }), kind: fc.constantFrom("damage" as const, "perceive" as const, "spell" as const) }) },
);

function build(seed: number) {
  const w = npcWorld(seed);
  const areas = AREA_SIZES.map((_, i) => w.createArea({ tag: `A${i}` }));
  const npcs: Obj[] = [];
  AREA_SIZES.forEach((size, a) => {
    for (let i = 0; i < size; i++) npcs.push(addNpc(w, areas[a]!, `N${npcs.length}`, i % 3 === 2 ? FACTION_HOSTILE : FACTION_COMMONER, 40));
  });
  const pc = addPc(w, areas[0]!);
  w.start();
  return { w, areas, npcs, pc };
}

function apply(w: World, npcs: Obj[], pc: Obj, areas: Obj[], ev: Ev): void {
  if (ev.e === "advance") return w.advance(ev.seconds);
  if (ev.e === "burst") {
    for (let k = 0; k < ev.count; k++) {
      const target = npcs[(ev.npc + k) % AREA_SIZES[0]!]!;
      if (ev.kind === "damage") w.damage(target, pc, 1);
      else if (ev.kind === "perceive") w.perceive(target, pc, "seen");
      else w.castSpellAt(target, pc, 10);
    }
    return;
  }
  const npc = npcs[ev.npc]!;
  const other = "other" in ev ? (ev.other === N ? pc : npcs[ev.other]!) : pc;
  switch (ev.e) {
    case "spawn": return w.spawn(npc);
    case "heartbeat": return w.runScript(npc, () => void NpcBehaviorOnHeartbeat(npc as object));
    case "endround": return w.endCombatRound(npc);
    case "toggleDisable": return setInt(w, npc, "npc_flag_disable_object", w.call("GetLocalInt", npc, "npc_flag_disable_object") ? 0 : 1);
    case "perceive": return w.perceive(npc, other, ev.how);
    case "attack": return w.attack(npc, other);
    case "damage": return w.damage(npc, other, ev.amount);
    case "spell": return w.castSpellAt(npc, other, 10, ev.harmful);
    case "speak": return w.speak(npc, other);
    case "kill": return w.kill(npc, other);
    case "move": return w.enterArea(npc, areas[ev.area]!);
  }
}

describe("event storms keep the queue invariants", () => {
  it("holds after every event (random storms, several seeds)", () => {
    let overflowSeen = 0;
    let reserveSeen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(event, { minLength: 1, maxLength: 150, size: "max" }), (seed, events) => {
        const { w, areas, npcs, pc } = build(seed);
        events.forEach((ev, i) => {
          apply(w, npcs, pc, areas, ev);
          for (const area of areas) {
            try {
              checkInvariants(w, area, [...npcs, pc]);
            } catch (err) {
              throw new Error(`after event #${i} ${JSON.stringify(ev)}: ${(err as Error).message}`);
            }
          }
        });
        for (const key of metricKeysWritten(w, [w.module, ...areas, ...npcs, pc])) expect(METRIC_KEYS).toContain(key);
        if (w.call("GetLocalInt", areas[0]!, "npc_area_metric_queue_overflow_count")) overflowSeen++;
        if (w.call("GetLocalInt", areas[0]!, "npc_area_queue_depth") > 16) reserveSeen++;
      }),
      { seed: 4242, numRuns: 80 },
    );
    // The storms must reach the interesting paths, or the property says little.
    expect(overflowSeen).toBeGreaterThan(20);
    expect(reserveSeen).toBeGreaterThan(0);
  });

  it("checkInvariants catches a broken bucket", () => {
    const { w, areas, npcs } = build(1);
    w.damage(npcs[0]!, npcs[1]!, 1);
    checkInvariants(w, areas[0]!, npcs);
    setInt(w, areas[0]!, "npc_area_queue_critical", 0);
    expect(() => checkInvariants(w, areas[0]!, npcs)).toThrow(/sum\(buckets\)|npc_area_queue_critical/);
  });
});
