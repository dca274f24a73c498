// The sim's invariant checker finds broken queues (so a run with zero violations means something),
// also incrementally: whatever changed since the last check is re-checked, a broken queue is
// reported at the tick it breaks, on the real module as well as on hand-made locals.
import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../tools/twin/engine/random.js";
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { Activity } from "../../tools/sim/activity.js";
import { loadHooks } from "../../tools/sim/hooks.js";
import { checkInvariants, InvariantChecker } from "../../tools/sim/invariants.js";
import { buildWorld } from "../../tools/sim/world.js";

function world() {
  const w = new World({ seed: 1 });
  installEngine(w);
  const area = w.createArea({ tag: "A" });
  const npc = w.createCreature({ tag: "N", area });
  return { w, area, npc };
}

/** One CRITICAL entry in slot 3 of `area`, owned by `npc`, with every counter consistent. */
function queueOne(w: World, area: ReturnType<World["createArea"]>, npc: ReturnType<World["createCreature"]>): void {
  w.call("SetLocalInt", area, "npc_q_prio_3", 4);
  w.call("SetLocalObject", area, "npc_q_owner_3", npc);
  w.call("SetLocalInt", area, "npc_area_queue_critical", 1);
  w.call("SetLocalInt", area, "npc_area_queue_depth", 1);
  w.call("SetLocalObject", npc, "npc_pending_area", area);
  w.call("SetLocalInt", npc, "npc_pending_total", 1);
  w.call("SetLocalInt", npc, "npc_pending_priority", 4);
  w.call("SetLocalInt", npc, "npc_pending_prio_4", 1);
}

describe("sim invariant checker", () => {
  it("passes an empty queue", () => {
    const { w, area, npc } = world();
    expect(checkInvariants(w, [area], [npc])).toEqual([]);
  });

  it("passes a consistent entry and reports each broken rule", () => {
    const { w, area, npc } = world();
    queueOne(w, area, npc);
    expect(checkInvariants(w, [area], [npc])).toEqual([]);

    w.call("SetLocalInt", area, "npc_area_queue_depth", 2);
    expect(checkInvariants(w, [area], [npc])).toContain("area A: sum(buckets) = 1 != npc_area_queue_depth = 2");
    w.call("SetLocalInt", area, "npc_area_queue_depth", 1);

    w.call("SetLocalInt", npc, "npc_pending_total", 2);
    expect(checkInvariants(w, [area], [npc]).join("\n")).toMatch(/N#[0-9a-f]+: npc_pending_total = 2 but it owns 1 entries/);
    w.call("SetLocalInt", npc, "npc_pending_total", 1);

    w.kill(npc, area);
    expect(checkInvariants(w, [area], [npc]).join("\n")).toMatch(/dead N#[0-9a-f]+ still has 1 pending/);
  });

  it("re-checks what changed since the last check: an area's locals, an owner's locals, a death, a new creature", () => {
    const { w, area, npc } = world();
    const other = w.createArea({ tag: "B" });
    queueOne(w, area, npc);
    const checker = new InvariantChecker(w, [area, other], [npc]);
    expect(checker.check()).toEqual([]);

    // The area's own locals.
    w.call("SetLocalInt", area, "npc_area_queue_high", 1);
    expect(checker.check()).toEqual([
      "area A: npc_area_queue_high = 1 but 0 slots hold priority 3",
      "area A: sum(buckets) = 2 != npc_area_queue_depth = 1",
    ]);
    w.call("DeleteLocalInt", area, "npc_area_queue_high");
    expect(checker.check()).toEqual([]);

    // Only the owner changes: its area is checked again.
    w.call("SetLocalInt", npc, "npc_pending_prio_4", 0);
    expect(checker.check().join("\n")).toMatch(/area A: N#[0-9a-f]+: npc_pending_prio_4 = 0, owns 1/);
    w.call("SetLocalInt", npc, "npc_pending_prio_4", 1);
    expect(checker.check()).toEqual([]);

    // The owner files itself under another area: both areas are checked again.
    w.call("SetLocalObject", npc, "npc_pending_area", other);
    const moved = checker.check().join("\n");
    expect(moved).toMatch(/area A: creature #[0-9a-f]+ owns 1 entries here but its npc_pending_area is elsewhere/);
    expect(moved).toMatch(/area B: N#[0-9a-f]+: npc_pending_total = 1 but it owns 0 entries/);
    w.call("SetLocalObject", npc, "npc_pending_area", area);
    expect(checker.check()).toEqual([]);

    // A death changes no local, only the dead flag.
    w.kill(npc, area);
    expect(checker.check().join("\n")).toMatch(/dead N#[0-9a-f]+ still has 1 pending/);

    // A creature added later is read at the next check.
    const late = w.createCreature({ tag: "L", area: other });
    w.call("SetLocalObject", late, "npc_pending_area", other);
    w.call("SetLocalInt", late, "npc_pending_total", 3);
    checker.add(late);
    expect(checker.check().join("\n")).toMatch(/area B: L#[0-9a-f]+: npc_pending_total = 3 but it owns 0 entries/);
  });

  it("reports a queue broken in the middle of a run of the real module at that very tick", async () => {
    const hooks = await loadHooks();
    const rng = new SeededRandom(3);
    const sim = buildWorld({ seed: 3, npcs: 60, areas: 6, pcs: 2 }, hooks, rng);
    const { w, areas, npcs } = sim;
    const activity = new Activity(sim, rng);
    w.start();
    activity.login();
    const checker = new InvariantChecker(w, areas, npcs);
    const int = (o: (typeof areas)[number], k: string) => w.call("GetLocalInt", o, k) as number;
    let sawQueued = false;
    for (let t = 0; t < 120; t++) {
      activity.step(t);
      w.advance(1);
      for (let i = checker.watching; i < npcs.length; i++) checker.add(npcs[i]!);
      expect(checker.check(), `tick ${t}`).toEqual([]);
      // The full check agrees: nothing is broken anywhere.
      expect(checkInvariants(w, areas, npcs), `tick ${t}`).toEqual([]);
      if (areas.some((a) => int(a, "npc_area_queue_depth") > 0)) sawQueued = true;
    }
    expect(sawQueued).toBe(true);

    // An area whose queue the module is using: a bucket goes wrong.
    const busy = areas.find((a) => int(a, "npc_area_queue_depth") > 0) ?? areas[0]!;
    w.call("SetLocalInt", busy, "npc_area_queue_low", int(busy, "npc_area_queue_low") + 1);
    const tag = w.call("GetTag", busy) as string;
    expect(checker.check().join("\n")).toMatch(new RegExp(`area ${tag}: npc_area_queue_low = \\d+ but \\d+ slots hold priority 1`));

    // An NPC of an area where no PC is (its controller may be stopped): its counter goes wrong.
    const quietArea = areas.findIndex((a) => int(a, "nb_area_state") !== 1);
    const victim = sim.npcsByArea[quietArea === -1 ? 0 : quietArea]!.find((n) => w.lookup(n) !== undefined && !w.get(n).dead)!;
    w.call("SetLocalObject", victim, "npc_pending_area", areas[quietArea === -1 ? 0 : quietArea]!);
    w.call("SetLocalInt", victim, "npc_pending_total", int(victim, "npc_pending_total") + 2);
    expect(checker.check().join("\n")).toMatch(/npc_pending_total = \d+ but it owns \d+ entries/);
  }, 60_000);
});
