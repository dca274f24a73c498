// Observability contract: only whitelisted metric keys, written through the one helper.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FACTION_COMMONER, FACTION_HOSTILE } from "../../tools/twin/engine/factions.js";
import { addNpc, addPc, npcWorld } from "./harness.js";
import { METRIC_KEYS, metricKeysWritten } from "./metric-keys.js";

const root = resolve(import.meta.dirname, "../../runtime-ts");

describe("metric keys", () => {
  it("every handler writes only whitelisted keys, one per handler", () => {
    const w = npcWorld();
    const area = w.createArea();
    const npc = addNpc(w, area, "N", FACTION_COMMONER);
    const foe = addNpc(w, area, "F", FACTION_HOSTILE);
    const pc = addPc(w, area);
    w.start();
    w.perceive(npc, pc, "seen");
    w.attack(npc, foe);
    w.castSpellAt(npc, foe, 10);
    w.speak(npc, pc);
    w.endCombatRound(npc);
    w.damage(npc, foe, 1);
    w.kill(npc, foe);
    const written = metricKeysWritten(w, [w.module, area, npc, foe, pc]);
    for (const key of written) expect(METRIC_KEYS).toContain(key);
    expect(written).toEqual(
      [
        "npc_metric_spawn_count",
        "npc_metric_perception_count",
        "npc_metric_physical_attacked_count",
        "npc_metric_spell_cast_at_count",
        "npc_metric_dialog_count",
        "npc_metric_combat_round_count",
        "npc_metric_heartbeat_count",
        "npc_metric_damaged_count",
        "npc_metric_death_count",
      ].sort(),
    );
  });

  it("the config's metric constants are exactly the whitelist", () => {
    const config = readFileSync(join(root, "core/npc_config.ts"), "utf8");
    const keys = [...config.matchAll(/export const NPC_METRIC_\w+ = "([^"]+)"/g)].map((m) => m[1]);
    expect(keys.sort()).toEqual([...METRIC_KEYS].sort());
  });

  it("no module but npc_metrics writes a metric local directly", () => {
    const files = ["core", "hooks"].flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
    for (const file of files) {
      if (file.endsWith("npc_metrics.ts")) continue;
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/SetLocal\w+\([^;]*(NPC_METRIC_|npc_metric_|npc_area_metric_)/);
    }
  });
});
