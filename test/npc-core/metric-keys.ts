// The metric keys the NPC core may write: the seed's write-behind whitelist plus the two
// per-handler keys its handler contract names (physical attacked, spell cast at).
import type { World } from "../../tools/twin/engine/index.js";
import type { Obj } from "./harness.js";

export const METRIC_KEYS = [
  "npc_metric_spawn_count",
  "npc_metric_perception_count",
  "npc_metric_damaged_count",
  "npc_metric_death_count",
  "npc_metric_dialog_count",
  "npc_metric_heartbeat_count",
  "npc_metric_heartbeat_skipped_count",
  "npc_metric_combat_round_count",
  "npc_metric_intake_bypass_critical",
  "npc_area_metric_processed_count",
  "npc_area_metric_skipped_count",
  "npc_area_metric_deferred_count",
  "npc_area_metric_queue_overflow_count",
  "npc_metric_physical_attacked_count",
  "npc_metric_spell_cast_at_count",
];

/** Every local name on `objects` that looks like a metric. */
export function metricKeysWritten(world: World, objects: readonly Obj[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) {
    for (const [, name] of world.get(o).locals.entries()) {
      if (name.startsWith("npc_metric_") || name.startsWith("npc_area_metric_")) keys.add(name);
    }
  }
  return [...keys].sort();
}
