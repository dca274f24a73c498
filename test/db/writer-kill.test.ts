// A process killed mid-batch leaves no partial batch: a child node process runs the writer on the
// twin against a real SQLite file and is SIGKILLed while its second batch's transaction is open.
// Needs dist/ (npm run build:tool; `make test` builds it first): the child process runs compiled code.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { NPC_DB_BATCH_SIZE } from "../../runtime-ts/persist/npc_db_config.js";
import { tempDir } from "./writer-harness.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const dist = (p: string): string => JSON.stringify(path.join(REPO, "dist", p));
const NPCS = 600;
const PAUSE_AT_ROW = 100;

const CHILD = `
import fs from "node:fs";
import { World, EVENT } from ${dist("tools/twin/engine/index.js")};
import { installEngine } from ${dist("tools/twin/node/engine-globals.js")};
import { loadHooks, registerHooks } from ${dist("tools/sim/hooks.js")};
import { NPC_HOOKS } from ${dist("tools/sim/world.js")};
const [dir, marker, n, pauseAt] = process.argv.slice(2);
const hooks = await loadHooks();
const w = new World({ seed: 1, databaseDir: dir, strictScripts: true });
installEngine(w);
registerHooks(w, hooks);
w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
const area = w.createArea({ tag: "MARKET" });
for (let i = 0; i < Number(n); i++) {
  const npc = w.createCreature({ tag: "N" + i, resref: "guard", area, hp: 10, maxHp: 10, scripts: NPC_HOOKS });
  w.call("SetLocalString", npc, "npc_id", "npc_" + i);
}
let steps = 0;
w.sql.onStep = (sql) => {
  if (sql.startsWith("INSERT INTO npc_state") && ++steps === Number(pauseAt)) {
    // Inside the open transaction of a batch: say so, then wait to be killed.
    fs.writeFileSync(marker, String(w.sql.campaign("npc_state").inTransaction));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return undefined;
};
w.start();
w.advance(0);
fs.writeFileSync(marker, "finished without pausing");
`;

describe("killed process", () => {
  it("SIGKILL while a batch transaction is open leaves the committed batches and nothing of the open one", async () => {
    const dir = tempDir();
    const script = path.join(dir, "child.mjs");
    const marker = path.join(dir, "marker");
    fs.writeFileSync(script, CHILD);
    const child = spawn(process.execPath, [script, path.join(dir, "db"), marker, String(NPCS), String(NPC_DB_BATCH_SIZE + PAUSE_AT_ROW)], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(marker) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(marker), stderr).toBe(true);
    expect(fs.readFileSync(marker, "utf8")).toBe("true");
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const db = new Database(path.join(dir, "db", "npc_state.sqlite3"));
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const ids = (db.prepare("SELECT npc_id FROM npc_state").all() as { npc_id: string }[]).map((r) => r.npc_id);
      // Exactly the first batch: the queue's first NPC_DB_BATCH_SIZE NPCs, none of the open batch.
      expect(ids.length).toBe(NPC_DB_BATCH_SIZE);
      expect(new Set(ids)).toEqual(new Set(Array.from({ length: NPC_DB_BATCH_SIZE }, (_, i) => `npc_${i}`)));
    } finally {
      db.close();
    }
  });
});
