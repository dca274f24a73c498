// The emitted NWScript's worst cases stay far below the game's instruction limit (524,288):
// run through the reference interpreter against the same world the twin filled.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runNss } from "../../tools/nwscript/interp/index.js";
import { FACTION_COMMONER } from "../../tools/twin/engine/factions.js";
import { addNpc, int, npcWorld } from "./harness.js";

const nssOut = join(resolve(import.meta.dirname, "../.."), "nss-out");

describe("instruction budget of the emitted queue code", () => {
  it("a CRITICAL intake on a full all-CRITICAL queue (every scan to the end) and a death flush", () => {
    const w = npcWorld();
    const area = w.createArea({ tag: "Q" });
    const npcs = Array.from({ length: 22 }, (_, i) => addNpc(w, area, `N${i}`, FACTION_COMMONER));
    w.start();
    for (let i = 0; i < 20; i++) w.damage(npcs[i]!, npcs[21]!, 1);
    expect(int(w, area, "npc_area_queue_depth")).toBe(20);
    const script = [
      '#include "npc_behavior"',
      "void main()",
      "{",
      '    object oArea = GetObjectByTag("Q");',
      '    NpcBehaviorAreaTryQueueEvent(oArea, GetObjectByTag("N20"), 2, 4);',
      '    NpcBehaviorOnDeath(GetObjectByTag("N0"));',
      '    NpcBehaviorOnDamaged(GetObjectByTag("N1"));',
      "}",
    ].join("\n");
    const r = runNss(script, { includeDirs: [nssOut], host: w });
    // N20 refused (reserve full), N0's entry flushed, N1's second CRITICAL takes the freed reserve slot.
    expect(int(w, area, "npc_area_queue_depth")).toBe(20);
    expect(int(w, npcs[20]!, "npc_pending_total")).toBe(0);
    expect(int(w, npcs[0]!, "npc_pending_total")).toBe(0);
    expect(int(w, npcs[1]!, "npc_pending_total")).toBe(2);
    expect(int(w, area, "npc_area_metric_queue_overflow_count")).toBe(6); // 4 reserve admissions, N20, N1
    expect(r.instructions).toBeGreaterThan(0);
    expect(r.instructions).toBeLessThan(50_000);
  });
});
