// Instructions per batch row in the reference interpreter (the emitted NWScript, tools/nwscript/interp):
// the admin flush (npc_db_flush) writing a queue of n rows, for two n; the difference per row is the
// figure docs/persistence.md sizes the batches with, and a full drain must fit one script run.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT, World } from "../../tools/twin/engine/index.js";
import { DEFAULT_INSTRUCTION_LIMIT } from "../../tools/nwscript/interp/index.js";
import { NPC_HOOKS } from "../../tools/sim/world.js";
import { registerNssScripts, type InstructionMeter } from "../../tools/bench/npc/nss-scripts.js";
import { NPC_DB_BATCH_SIZE, NPC_DB_QUEUE_CAPACITY } from "../../runtime-ts/persist/npc_db_config.js";
import { tempDir } from "./writer-harness.js";

const nssOut = join(resolve(import.meta.dirname, "../.."), "nss-out");
const HOOKS = ["npc_spawn", "npc_death", "npc_mod_load", "npc_db_flush", "npc_shutdown"];

/** Instructions of one npc_db_flush run with `n` queued rows (NPCs spawned before module load, writer not ready). */
function flushCost(n: number): number {
  const w = new World({ seed: 2, databaseDir: tempDir(), strictScripts: true });
  const meter: InstructionMeter = { onRun: undefined };
  registerNssScripts(w, nssOut, HOOKS, [], meter);
  const area = w.createArea({ tag: "A" });
  for (let i = 0; i < n; i++) {
    const npc = w.createCreature({ tag: `N${i}`, area, hp: 10, maxHp: 10, scripts: NPC_HOOKS });
    w.call("SetLocalString", npc, "npc_id", `npc_${i}`);
  }
  w.start();
  // Module load not run: queue filled by the spawns; now migrate and mark ready by hand through the hook.
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  w.fireEvent(w.module.handle, EVENT.MODULE_ON_MODULE_LOAD);
  const runs: number[] = [];
  meter.onRun = (run) => runs.push(run.instructions);
  w.advance(0);
  meter.onRun = undefined;
  w.sql.close();
  return Math.max(...runs);
}

describe("writer cost in the reference interpreter", () => {
  it("instructions per row of a batch, and a full drain within one script run", () => {
    const small = flushCost(16);
    const big = flushCost(NPC_DB_BATCH_SIZE);
    const perRow = (big - small) / (NPC_DB_BATCH_SIZE - 16);
    const fullDrain = perRow * NPC_DB_QUEUE_CAPACITY;
    console.log(`writer-interp: batch of ${NPC_DB_BATCH_SIZE}: ${big} instructions; ${perRow.toFixed(1)} per row; full queue of ${NPC_DB_QUEUE_CAPACITY} ≈ ${Math.round(fullDrain)}`);
    expect(perRow).toBeGreaterThan(0);
    expect(big).toBeLessThan(0.25 * DEFAULT_INSTRUCTION_LIMIT);
    expect(fullDrain).toBeLessThan(DEFAULT_INSTRUCTION_LIMIT);
  });
});
