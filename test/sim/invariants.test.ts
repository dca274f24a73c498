// The sim's invariant checker finds broken queues (so a run with zero violations means something).
import { describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { checkInvariants } from "../../tools/sim/invariants.js";

function world() {
  const w = new World({ seed: 1 });
  installEngine(w);
  const area = w.createArea({ tag: "A" });
  const npc = w.createCreature({ tag: "N", area });
  return { w, area, npc };
}

describe("sim invariant checker", () => {
  it("passes an empty queue", () => {
    const { w, area, npc } = world();
    expect(checkInvariants(w, [area], [npc])).toEqual([]);
  });

  it("passes a consistent entry and reports each broken rule", () => {
    const { w, area, npc } = world();
    w.call("SetLocalInt", area, "npc_q_prio_3", 4);
    w.call("SetLocalObject", area, "npc_q_owner_3", npc);
    w.call("SetLocalInt", area, "npc_area_queue_critical", 1);
    w.call("SetLocalInt", area, "npc_area_queue_depth", 1);
    w.call("SetLocalObject", npc, "npc_pending_area", area);
    w.call("SetLocalInt", npc, "npc_pending_total", 1);
    w.call("SetLocalInt", npc, "npc_pending_priority", 4);
    w.call("SetLocalInt", npc, "npc_pending_prio_4", 1);
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
});
