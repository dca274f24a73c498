// Event handlers on the twin: hostility contract, state transitions, decay, intake policy, death,
// dialogue — driven through world events that run the registered hook scripts.
import { describe, expect, it } from "vitest";
import { NpcBehaviorOnCombatRound, NpcBehaviorOnHeartbeat } from "../../runtime-ts/core/npc_behavior.js";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../../tools/twin/engine/factions.js";
import { addNpc, addPc, int, npcWorld, setInt, type Obj } from "./harness.js";
import type { World } from "../../tools/twin/engine/index.js";

const IDLE = 1, ALERT = 2, COMBAT = 3;

function setup(seed = 1) {
  const w = npcWorld(seed);
  const area = w.createArea({ tag: "A" });
  const npc = addNpc(w, area, "GUARD", FACTION_COMMONER);
  const friend = addNpc(w, area, "FRIEND", FACTION_COMMONER);
  const foe = addNpc(w, area, "FOE", FACTION_HOSTILE);
  w.start();
  return { w, area, npc, friend, foe };
}

function heartbeat(w: World, npc: Obj): number {
  let ran = -1;
  w.runScript(npc, () => {
    ran = NpcBehaviorOnHeartbeat(npc as object) as unknown as number;
  });
  return ran;
}

describe("perception and hostility", () => {
  it("a non-hostile seen moves IDLE → ALERT and counts the perception", () => {
    const { w, npc, friend } = setup();
    w.perceive(npc, friend, "seen");
    expect(int(w, npc, "npc_state")).toBe(ALERT);
    expect(int(w, npc, "npc_metric_perception_count")).toBe(1);
  });

  it("a hostile seen moves to COMBAT", () => {
    const { w, npc, foe } = setup();
    w.perceive(npc, foe, "seen");
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
  });

  it("vanished is counted but raises nothing", () => {
    const { w, npc, foe } = setup();
    w.perceive(npc, foe, "vanished");
    expect(int(w, npc, "npc_metric_perception_count")).toBe(1);
    expect(int(w, npc, "npc_state")).toBe(IDLE);
  });

  it("one-sided hostility: the seen creature hating the NPC is enough (compat fallback)", () => {
    const { w, npc, friend } = setup();
    w.setPersonalReaction(friend, npc, 0); // friend now regards the guard as hostile; not the reverse
    expect(w.call("GetIsReactionTypeHostile", friend, npc)).toBe(0);
    w.perceive(npc, friend, "seen");
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
  });

  it("charm: a charmed hostile NPC seeing a PC still goes to COMBAT through the PC's side", () => {
    const { w, area, foe } = setup();
    const pc = addPc(w, area);
    w.setPersonalReaction(foe, pc, 100); // the foe regards the PC as a friend
    expect(w.call("GetIsReactionTypeHostile", pc, foe)).toBe(0);
    w.perceive(foe, pc, "seen");
    expect(int(w, foe, "npc_state")).toBe(COMBAT);
  });

  it("the NPC's own hostility toward the source also counts", () => {
    const { w, npc, friend } = setup();
    w.setPersonalReaction(npc, friend, 0);
    w.perceive(npc, friend, "seen");
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
  });
});

describe("combat transitions", () => {
  it("a hostile attacker moves to COMBAT; a friendly one does not", () => {
    const { w, npc, friend, foe } = setup();
    w.attack(npc, friend);
    expect(int(w, npc, "npc_state")).toBe(IDLE);
    expect(int(w, npc, "npc_metric_physical_attacked_count")).toBe(1);
    w.attack(npc, foe);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
  });

  it("a hostile caster moves to COMBAT", () => {
    const { w, npc, foe } = setup();
    w.castSpellAt(npc, foe, 10);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
    expect(int(w, npc, "npc_metric_spell_cast_at_count")).toBe(1);
  });

  it("damage moves to COMBAT", () => {
    const { w, npc, friend } = setup();
    w.damage(npc, friend, 3);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
    expect(int(w, npc, "npc_metric_damaged_count")).toBe(1);
  });

  it("end of round leaves COMBAT for ALERT only after a quiet spell, and counts every round", () => {
    const { w, npc, foe } = setup();
    w.attack(npc, foe);
    w.endCombatRound(npc);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
    w.advance(7);
    w.endCombatRound(npc);
    expect(int(w, npc, "npc_state")).toBe(ALERT);
    expect(int(w, npc, "npc_metric_combat_round_count")).toBe(2);
  });
});

describe("compat wrapper and area moves", () => {
  it("NpcBehaviorOnCombatRound delegates to the canonical handler (one metric key)", () => {
    const { w, npc, foe } = setup();
    w.attack(npc, foe);
    w.advance(7);
    w.runScript(npc, () => NpcBehaviorOnCombatRound(npc as object));
    expect(int(w, npc, "npc_state")).toBe(ALERT);
    expect(int(w, npc, "npc_metric_combat_round_count")).toBe(1);
  });

  it("an NPC that moved keeps its entries where they were until its next intake moves its account", () => {
    const { w, area, npc, friend, foe } = setup();
    const other = w.createArea({ tag: "B" });
    w.attack(npc, foe);
    w.perceive(npc, friend, "seen");
    expect(int(w, area, "npc_area_queue_depth")).toBe(2);
    w.enterArea(npc, other);
    w.damage(npc, foe, 1);
    expect(int(w, area, "npc_area_queue_depth")).toBe(0);
    expect(int(w, other, "npc_area_queue_depth")).toBe(1);
    expect(int(w, npc, "npc_pending_total")).toBe(1);
    expect(w.call("GetLocalObject", npc, "npc_pending_area")).toEqual(other);
  });
});

describe("heartbeat", () => {
  it("ALERT decays to IDLE after npc_alert_decay_sec", () => {
    const { w, npc, friend } = setup();
    w.perceive(npc, friend, "seen");
    w.advance(6);
    expect(heartbeat(w, npc)).toBe(1);
    expect(int(w, npc, "npc_state")).toBe(ALERT);
    w.advance(7);
    expect(heartbeat(w, npc)).toBe(1);
    expect(int(w, npc, "npc_state")).toBe(IDLE);
  });

  it("throttles by the state's interval and counts skips", () => {
    const { w, npc } = setup();
    expect(heartbeat(w, npc)).toBe(1);
    expect(heartbeat(w, npc)).toBe(0);
    w.advance(5);
    expect(heartbeat(w, npc)).toBe(0);
    w.advance(1);
    expect(heartbeat(w, npc)).toBe(1);
    expect(int(w, npc, "npc_metric_heartbeat_count")).toBe(4);
    expect(int(w, npc, "npc_metric_heartbeat_skipped_count")).toBe(2);
  });

  it("consumes the NPC's pending events", () => {
    const { w, area, npc, friend } = setup();
    w.perceive(npc, friend, "seen");
    w.damage(npc, friend, 1);
    expect(int(w, npc, "npc_pending_total")).toBe(2);
    expect(heartbeat(w, npc)).toBe(1);
    expect(int(w, npc, "npc_pending_total")).toBe(0);
    expect(int(w, area, "npc_area_queue_depth")).toBe(0);
  });

  it("a disabled or dead NPC's heartbeat is skipped", () => {
    const { w, npc, foe } = setup();
    setInt(w, npc, "npc_flag_disable_object", 1);
    expect(heartbeat(w, npc)).toBe(0);
    setInt(w, npc, "npc_flag_disable_object", 0);
    w.kill(npc, foe);
    expect(heartbeat(w, npc)).toBe(0);
  });
});

describe("intake policy", () => {
  it("coalesces a non-critical event of the same kind inside the window (strict: early return)", () => {
    const { w, npc, friend, foe } = setup();
    w.perceive(npc, friend, "seen");
    w.perceive(npc, foe, "seen"); // coalesced: no metric, no COMBAT
    expect(int(w, npc, "npc_metric_perception_count")).toBe(1);
    expect(int(w, npc, "npc_state")).toBe(ALERT);
    expect(int(w, npc, "npc_pending_total")).toBe(1);
    w.advance(2);
    w.perceive(npc, foe, "seen");
    expect(int(w, npc, "npc_metric_perception_count")).toBe(2);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
  });

  it("never coalesces CRITICAL events", () => {
    const { w, npc, friend } = setup();
    w.damage(npc, friend, 1);
    w.damage(npc, friend, 1);
    expect(int(w, npc, "npc_pending_total")).toBe(2);
    expect(int(w, npc, "npc_metric_intake_bypass_critical")).toBe(0);
  });

  it("strict handlers return early when the queue refuses; CRITICAL ones bypass and still reach COMBAT", () => {
    const w = npcWorld();
    const area = w.createArea();
    const filler: Obj[] = [];
    for (let i = 0; i < 20; i++) filler.push(addNpc(w, area, `F${i}`, FACTION_COMMONER));
    const npc = addNpc(w, area, "GUARD", FACTION_COMMONER);
    const foe = addNpc(w, area, "FOE", FACTION_HOSTILE);
    w.start();
    for (const f of filler) w.damage(f, foe, 1); // 16 nominal + 4 reserve, all CRITICAL
    expect(int(w, area, "npc_area_queue_depth")).toBe(20);
    w.perceive(npc, foe, "seen");
    w.castSpellAt(npc, foe, 10);
    w.speak(npc, foe);
    expect(int(w, npc, "npc_state")).toBe(IDLE);
    expect(int(w, npc, "npc_metric_perception_count")).toBe(0);
    expect(int(w, npc, "npc_metric_spell_cast_at_count")).toBe(0);
    expect(int(w, npc, "npc_metric_dialog_count")).toBe(0);
    w.attack(npc, foe);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
    expect(int(w, npc, "npc_metric_physical_attacked_count")).toBe(1);
    w.damage(npc, foe, 1);
    expect(int(w, npc, "npc_metric_damaged_count")).toBe(1);
    expect(int(w, npc, "npc_metric_intake_bypass_critical")).toBe(2);
    expect(int(w, npc, "npc_pending_total")).toBe(0);
    expect(int(w, area, "npc_area_queue_depth")).toBe(20);
  });
});

describe("dialogue", () => {
  it("counts the dialogue and interrupts COMBAT → ALERT", () => {
    const { w, npc, foe, friend } = setup();
    w.attack(npc, foe);
    w.speak(npc, friend);
    expect(int(w, npc, "npc_metric_dialog_count")).toBe(1);
    expect(int(w, npc, "npc_state")).toBe(ALERT);
  });

  it("with npc_flag_disable_object: no intake, no metric, no transition", () => {
    const { w, area, npc, foe, friend } = setup();
    w.attack(npc, foe);
    const depth = int(w, area, "npc_area_queue_depth");
    setInt(w, npc, "npc_flag_disable_object", 1);
    w.speak(npc, friend);
    expect(int(w, npc, "npc_metric_dialog_count")).toBe(0);
    expect(int(w, npc, "npc_state")).toBe(COMBAT);
    expect(int(w, area, "npc_area_queue_depth")).toBe(depth);
    expect(int(w, npc, "npc_intake_at_5")).toBe(0);
  });
});

describe("death", () => {
  it("flushes the NPC's pending entries and area queue entries before counting the death", () => {
    const { w, area, npc, friend, foe } = setup();
    w.perceive(npc, friend, "seen");
    w.attack(npc, foe);
    w.damage(friend, foe, 1);
    expect(int(w, area, "npc_area_queue_depth")).toBe(3);
    // Record the order of local writes made by the death hook.
    const g = globalThis as Record<string, unknown>;
    const writes: string[] = [];
    const wrap = (name: string) => {
      const orig = g[name] as (...a: unknown[]) => unknown;
      g[name] = (...a: unknown[]) => {
        writes.push(String(a[1]));
        return orig(...a);
      };
      return () => void (g[name] = orig);
    };
    const undo = [wrap("SetLocalInt"), wrap("DeleteLocalInt")];
    try {
      w.kill(npc, foe);
    } finally {
      for (const u of undo) u();
    }
    expect(int(w, npc, "npc_pending_total")).toBe(0);
    expect(int(w, area, "npc_area_queue_depth")).toBe(1);
    expect(int(w, area, "npc_area_queue_normal") + int(w, area, "npc_area_queue_critical")).toBe(1);
    expect(int(w, npc, "npc_metric_death_count")).toBe(1);
    const metricAt = writes.indexOf("npc_metric_death_count");
    expect(metricAt).toBe(writes.length - 1);
    expect(writes.lastIndexOf("npc_area_queue_depth")).toBeLessThan(metricAt);
    expect(writes.lastIndexOf("npc_pending_total")).toBeLessThan(metricAt);
  });
});
