// `npc-build wire DIR`: hook scripts set on creature blueprints, areas and module.ifo in place.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lines, runCli, tempDir, writeTree } from "../cli/helpers.js";
import { AREA_HOOKS, AREA_TEMPLATE, CREATURE_HOOKS, CREATURE_TEMPLATE, empty, fill, MODULE_HOOKS, MODULE_TEMPLATE } from "./fixtures.js";

const FRESH: Record<string, string> = {
  "src/utc/guard.utc.json": fill(CREATURE_TEMPLATE, CREATURE_HOOKS, empty),
  "src/utc/sub/merchant.utc.json": fill(CREATURE_TEMPLATE, CREATURE_HOOKS, empty),
  "src/are/town.are.json": fill(AREA_TEMPLATE, AREA_HOOKS, empty),
  "src/module.ifo.json": fill(MODULE_TEMPLATE, MODULE_HOOKS, empty),
};
const WIRED: Record<string, string> = {
  "src/utc/guard.utc.json": fill(CREATURE_TEMPLATE, CREATURE_HOOKS),
  "src/utc/sub/merchant.utc.json": fill(CREATURE_TEMPLATE, CREATURE_HOOKS),
  "src/are/town.are.json": fill(AREA_TEMPLATE, AREA_HOOKS),
  "src/module.ifo.json": fill(MODULE_TEMPLATE, MODULE_HOOKS),
};

function project(files: Record<string, string>): string {
  const dir = tempDir();
  writeTree(dir, files);
  return dir;
}

function read(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(files).map((rel) => [rel, fs.readFileSync(path.join(dir, rel), "utf8")]));
}

/** Every file under dir (relative path → text), temporary files included. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
  }
  return out;
}

const hookValue = (text: string, field: string): unknown => (JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, { value: unknown }>)[field]?.value;

describe("wire", () => {
  it("sets every hook field of fresh blueprints, areas and module.ifo", async () => {
    const dir = project(FRESH);
    const result = await runCli(["wire", "src"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("npc-build: 4 of 4 files changed, 19 fields set, 0 already wired\n");
    const after = read(dir, FRESH);
    for (const rel of ["src/utc/guard.utc.json", "src/utc/sub/merchant.utc.json"]) {
      for (const [field, script] of Object.entries(CREATURE_HOOKS)) expect(hookValue(after[rel]!, field)).toBe(script);
      expect(hookValue(after[rel]!, "ScriptHeartbeat")).toBe("nw_c2_default1");
    }
    expect(hookValue(after["src/are/town.are.json"]!, "OnEnter")).toBe("npc_area_enter");
    expect(hookValue(after["src/are/town.are.json"]!, "OnExit")).toBe("npc_area_exit");
    expect(hookValue(after["src/module.ifo.json"]!, "Mod_OnModLoad")).toBe("npc_mod_load");
  });

  it("keeps every other byte of the files (formatting, line ends, nested fields of the same name)", async () => {
    const dir = project(FRESH);
    expect((await runCli(["wire", "src"], dir)).code).toBe(0);
    // The expected texts are the templates with only the hook values filled in.
    expect(read(dir, FRESH)).toEqual(WIRED);
    const guard = JSON.parse(WIRED["src/utc/guard.utc.json"]!) as { VarTable: { value: { ScriptSpawn: { value: string } }[] } };
    expect(guard.VarTable.value[0]!.ScriptSpawn.value).toBe("keep_me");
    expect(snapshot(dir)).toEqual(WIRED);
  });

  it("keeps a byte-order mark", async () => {
    const dir = project({ "a.are.json": "\uFEFF" + fill(AREA_TEMPLATE, AREA_HOOKS, empty) });
    expect((await runCli(["wire", "."], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "a.are.json"), "utf8")).toBe("\uFEFF" + fill(AREA_TEMPLATE, AREA_HOOKS));
  });

  it("changes nothing on a second run", async () => {
    const dir = project(FRESH);
    expect((await runCli(["wire", "src"], dir)).code).toBe(0);
    const past = new Date("2001-02-03T04:05:06Z");
    for (const rel of Object.keys(FRESH)) fs.utimesSync(path.join(dir, rel), past, past);
    const second = await runCli(["wire", "src"], dir);
    expect(second).toEqual({ code: 0, stdout: "npc-build: 0 of 4 files changed, 0 fields set, 19 already wired\n", stderr: "" });
    expect(read(dir, FRESH)).toEqual(WIRED);
    for (const rel of Object.keys(FRESH)) expect(fs.statSync(path.join(dir, rel)).mtime.getTime()).toBe(past.getTime());
  });

  it("treats a resref that differs only in case as already wired", async () => {
    const upper = fill(CREATURE_TEMPLATE, CREATURE_HOOKS, (_, script) => script.toUpperCase());
    const dir = project({ "guard.utc.json": upper });
    const result = await runCli(["wire", "."], dir);
    expect(result.stdout).toBe("npc-build: 0 of 1 file changed, 0 fields set, 8 already wired\n");
    expect(fs.readFileSync(path.join(dir, "guard.utc.json"), "utf8")).toBe(upper);
  });

  it("refuses to replace other scripts without --force and writes nothing at all", async () => {
    const legacy = fill(CREATURE_TEMPLATE, CREATURE_HOOKS, (field) =>
      field === "ScriptSpawn" ? "nw_c2_default9" : field === "ScriptDeath" ? "nw_c2_default7" : "",
    );
    const files = { ...FRESH, "src/utc/legacy.utc.json": legacy };
    const dir = project(files);
    const result = await runCli(["wire", "src"], dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      'src/utc/legacy.utc.json:27:14 - error: ScriptDeath runs "nw_c2_default7", not "npc_death" (--force replaces it)',
      'src/utc/legacy.utc.json:51:14 - error: ScriptSpawn runs "nw_c2_default9", not "npc_spawn" (--force replaces it)',
    ]);
    expect(result.stdout).toBe("npc-build: nothing written: 2 fields already set to other scripts (--force replaces them)\n");
    expect(snapshot(dir)).toEqual(files);
  });

  it("replaces other scripts with --force and says so", async () => {
    const legacy = fill(CREATURE_TEMPLATE, CREATURE_HOOKS, (field) => (field === "ScriptSpawn" ? "nw_c2_default9" : ""));
    const dir = project({ ...FRESH, "src/utc/legacy.utc.json": legacy });
    const result = await runCli(["wire", "src", "--force"], dir);
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual(['src/utc/legacy.utc.json:51:14 - note: ScriptSpawn replaced "nw_c2_default9" with "npc_spawn"']);
    expect(result.stdout).toBe("npc-build: 5 of 5 files changed, 27 fields set (1 replaced), 0 already wired\n");
    expect(fs.readFileSync(path.join(dir, "src/utc/legacy.utc.json"), "utf8")).toBe(fill(CREATURE_TEMPLATE, CREATURE_HOOKS));
  });

  it("--dry-run prints a diff that git applies to the same result, and writes nothing", async () => {
    const dir = project(FRESH);
    const result = await runCli(["wire", "src", "--dry-run"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(snapshot(dir)).toEqual(FRESH);
    const out = result.stdout;
    expect(out).toContain("--- a/src/utc/guard.utc.json\n+++ b/src/utc/guard.utc.json\n");
    expect(out).toContain('-    "value": ""\n+    "value": "npc_spawn"\n');
    expect(out.endsWith("npc-build: dry run: 4 of 4 files would change, 19 fields would be set, 0 already wired; nothing written\n")).toBe(true);
    // The diff is a real patch: applied with git it gives what a real run writes.
    const patch = out.slice(0, out.lastIndexOf("npc-build: "));
    fs.writeFileSync(path.join(dir, "wire.patch"), patch);
    execFileSync("git", ["apply", "--ignore-whitespace", "wire.patch"], { cwd: dir });
    fs.rmSync(path.join(dir, "wire.patch"));
    expect(hookValue(read(dir, FRESH)["src/utc/guard.utc.json"]!, "ScriptSpawn")).toBe("npc_spawn");
    expect(read(dir, FRESH)["src/utc/sub/merchant.utc.json"]).toBe(WIRED["src/utc/sub/merchant.utc.json"]);
  });

  it("names a malformed file with its line and column and writes nothing, even to the good files", async () => {
    const broken = '{\n  "__data_type": "UTC ",\n  "ScriptSpawn": {"type": "resref", "value": ""}\n  "Tag": {"type": "cexostring", "value": "x"}\n}\n';
    const files = { ...FRESH, "src/utc/broken.utc.json": broken };
    const dir = project(files);
    const result = await runCli(["wire", "src"], dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`src/utc/broken.utc.json:4:3 - error: invalid JSON: unexpected '"', expected ',' or '}'`]);
    expect(result.stdout).toBe("npc-build: nothing written: 1 malformed file\n");
    expect(snapshot(dir)).toEqual(files);
  });

  it("reports a hook field of the wrong GFF type at its location", async () => {
    const text = '{"__data_type": "ARE ", "OnEnter": {"type": "cexostring", "value": ""}, "OnExit": {"type": "resref", "value": ""}}';
    const dir = project({ "a.are.json": text });
    const result = await runCli(["wire", "."], dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['a.are.json:1:45 - error: field OnEnter has type "cexostring", expected "resref"']);
    expect(fs.readFileSync(path.join(dir, "a.are.json"), "utf8")).toBe(text);
  });

  it("rejects a file whose __data_type is another kind of resource", async () => {
    const dir = project({ "m.utc.json": '{"__data_type": "UTI "}' });
    const result = await runCli(["wire", "."], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('m.utc.json:1:17 - error: "__data_type" is "UTI ", expected "UTC " for a creature blueprint\n');
  });

  it("adds a missing field in the file's own layout, at its sorted place", async () => {
    const without = fill(CREATURE_TEMPLATE, CREATURE_HOOKS, empty).replace('  "ScriptSpellAt": {\n    "type": "resref",\n    "value": ""\n  },\n', "");
    const dir = project({ "guard.utc.json": without });
    const result = await runCli(["wire", "."], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('guard.utc.json - note: ScriptSpellAt was missing; added with "npc_spellcast"\n');
    expect(result.stdout).toBe("npc-build: 1 of 1 file changed, 8 fields set (1 added), 0 already wired\n");
    expect(fs.readFileSync(path.join(dir, "guard.utc.json"), "utf8")).toBe(fill(CREATURE_TEMPLATE, CREATURE_HOOKS));
  });

  it("appends missing fields to a file whose keys are not sorted", async () => {
    const text = '{\n  "Tag": { "type": "cexostring", "value": "t" },\n  "OnEnter": { "type": "resref", "value": "" }\n}\n';
    const dir = project({ "t.are.json": text });
    expect((await runCli(["wire", "."], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "t.are.json"), "utf8")).toBe(
      '{\n  "Tag": { "type": "resref", "value": "t" },\n  "OnEnter": { "type": "resref", "value": "npc_area_enter" },\n  "OnExit": { "type": "resref", "value": "npc_area_exit" }\n}\n'.replace(
        '"Tag": { "type": "resref"',
        '"Tag": { "type": "cexostring"',
      ),
    );
  });

  it("notes placed creatures in *.git.json that are not wired, and leaves those files alone", async () => {
    const creature = (spawn: string) =>
      `{"__struct_id": 4, ${Object.entries(CREATURE_HOOKS)
        .map(([field, script]) => `"${field}": {"type": "resref", "value": "${field === "ScriptSpawn" ? spawn : script}"}`)
        .join(", ")}}`;
    const git = `{"__data_type": "GIT ", "Creature List": {"type": "list", "value": [${creature("nw_c2_default9")}, ${creature("npc_spawn")}, ${creature("")}]}}`;
    const done = `{"__data_type": "GIT ", "Creature List": {"type": "list", "value": [${creature("NPC_SPAWN")}]}}`;
    const files = { ...FRESH, "src/git/town.git.json": git, "src/git/done.git.json": done };
    const dir = project(files);
    const result = await runCli(["wire", "src"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("src/git/town.git.json - note: 2 placed creatures not wired; wire changes blueprints, not placed instances (docs/wiring.md)\n");
    expect(read(dir, files)).toEqual({ ...WIRED, "src/git/town.git.json": git, "src/git/done.git.json": done });
  });

  it("skips dot folders and other files", async () => {
    const files = {
      ".nasher/cache/old.utc.json": "not json",
      "src/notes.json": "{",
      "src/guard.utc": "binary",
      "src/guard.utc.json": fill(CREATURE_TEMPLATE, CREATURE_HOOKS, empty),
    };
    const dir = project(files);
    const result = await runCli(["wire", "."], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("npc-build: 1 of 1 file changed, 8 fields set, 0 already wired\n");
    expect(fs.readFileSync(path.join(dir, ".nasher/cache/old.utc.json"), "utf8")).toBe("not json");
  });

  it("is bad input (exit 2) when the folder is missing or holds no sources", async () => {
    const dir = project({ "readme.txt": "hi" });
    expect(await runCli(["wire", "nowhere"], dir)).toEqual({ code: 2, stdout: "", stderr: "npc-build: folder not found: nowhere\n" });
    expect(await runCli(["wire", "."], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr: "npc-build: no *.utc.json, *.are.json or module.ifo.json files under .\n",
    });
  });
});
