// Worlds for the writer's tests: the NPC hooks, module load (migrations + writer), shutdown and
// admin flush registered as the world's scripts, campaign databases in a temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach } from "vitest";
import { EVENT, World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { registerSubsetScripts } from "../../tools/twin/node/scripts.js";
import type { NwObject } from "../../tools/twin/values.js";
import { NPC_HOOKS } from "../../tools/sim/world.js";
import { main as attacked } from "../../runtime-ts/hooks/npc_attacked.js";
import { main as damaged } from "../../runtime-ts/hooks/npc_damaged.js";
import { main as death } from "../../runtime-ts/hooks/npc_death.js";
import { main as dialogue } from "../../runtime-ts/hooks/npc_dialogue.js";
import { main as endround } from "../../runtime-ts/hooks/npc_endround.js";
import { main as perception } from "../../runtime-ts/hooks/npc_perception.js";
import { main as spawn } from "../../runtime-ts/hooks/npc_spawn.js";
import { main as spellcast } from "../../runtime-ts/hooks/npc_spellcast.js";
import { main as modLoad } from "../../runtime-ts/hooks/npc_mod_load.js";
import { main as shutdown } from "../../runtime-ts/hooks/npc_shutdown.js";
import { main as dbFlush } from "../../runtime-ts/hooks/npc_db_flush.js";
import { NpcBehaviorSetState } from "../../runtime-ts/core/npc_state.js";

export const DB_NAME = "npc_state";

const dirs: string[] = [];
const worlds: World[] = [];
afterEach(() => {
  for (const w of worlds.splice(0)) w.sql.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "npc-writer-")));
  dirs.push(dir);
  return dir;
}

export interface DbWorld {
  w: World;
  dir: string;
  file: string;
  area: NwObject;
  npcs: NwObject[];
}

/** A world of `n` NPCs in one area (not started), its campaign databases in `dir`. */
export function dbWorld(n: number, dir = tempDir(), seed = 3, strict = true): DbWorld {
  const w = new World({ seed, databaseDir: dir, strictScripts: strict });
  worlds.push(w);
  installEngine(w);
  registerSubsetScripts(w, {
    npc_spawn: spawn,
    npc_perception: perception,
    npc_damaged: damaged,
    npc_attacked: attacked,
    npc_spellcast: spellcast,
    npc_death: death,
    npc_dialogue: dialogue,
    npc_endround: endround,
    npc_mod_load: modLoad,
    npc_shutdown: shutdown,
    npc_db_flush: dbFlush,
  });
  w.call("SetEventScript", w.module.handle, EVENT.MODULE_ON_MODULE_LOAD, "npc_mod_load");
  const area = w.createArea({ tag: "MARKET", scripts: { [EVENT.AREA_ON_ENTER]: "npc_area_enter", [EVENT.AREA_ON_EXIT]: "npc_area_exit" } });
  const npcs: NwObject[] = [];
  for (let i = 0; i < n; i++) npcs.push(addNpc(w, area, i));
  return { w, dir, file: path.join(dir, `${DB_NAME}.sqlite3`), area, npcs };
}

/** An NPC with the core's hooks and a designer npc_id ("npc_<i>"); no OnSpawn yet. */
export function addNpc(w: World, area: NwObject, i: number, id = `npc_${i}`): NwObject {
  const npc = w.createCreature({ tag: `N${i}`, resref: "guard", area, hp: 1000, maxHp: 1000, scripts: NPC_HOOKS });
  w.call("SetLocalString", npc, "npc_id", id);
  return npc;
}

/** A state transition through the core (one acknowledged change), as a script run of the NPC. */
export function setState(w: World, npc: NwObject, state: number): void {
  w.runScript(npc, () => NpcBehaviorSetState(npc, state));
}

export const modInt = (w: World, key: string): number => w.call("GetLocalInt", w.module.handle, key) as number;
export const int = (w: World, o: NwObject, key: string): number => w.call("GetLocalInt", o, key) as number;

export interface Row {
  npc_id: string;
  area_id: string;
  template: string;
  state: number;
  alive: number;
  row_version: number;
}

/** The npc_state rows through a separate connection (as another process would see them). */
export function readRows(file: string): Map<string, Row> {
  if (!fs.existsSync(file)) return new Map();
  const db = new Database(file, { readonly: true });
  try {
    const has = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'npc_state'").get();
    if (!has) return new Map();
    const rows = db.prepare("SELECT npc_id, area_id, template, state, alive, row_version FROM npc_state").all() as Row[];
    return new Map(rows.map((r) => [r.npc_id, r]));
  } finally {
    db.close();
  }
}

/** Counts the prepares of SQL texts by their first three words (through the host's fault hook). */
export function countPrepares(w: World): Map<string, number> {
  const counts = new Map<string, number>();
  const previous = w.sql.onPrepare;
  w.sql.onPrepare = (sql, target) => {
    const key = sql.split(" ").slice(0, 3).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return previous?.(sql, target);
  };
  return counts;
}
