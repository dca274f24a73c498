// The watcher against a fake compiler: which changes reach session.update() and what is written.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../compiler/cli/run.js";
import { startWatch, type WatchHandle } from "../../compiler/cli/watcher.js";
import { fake, nss } from "./fake-compiler.js";
import { captureIO, tempDir, tsconfigText, waitFor, writeTree } from "./helpers.js";

vi.mock("../../compiler/index.js", async () => (await import("./fake-compiler.js")).fakeCompilerModule());

let handle: WatchHandle | undefined;
beforeEach(() => fake.reset());
afterEach(() => handle?.close());

function project(npcBuild: Record<string, unknown> = { rootDir: "src", outDir: "out" }): string {
  const dir = tempDir();
  writeTree(dir, { "tsconfig.json": tsconfigText(npcBuild), "src/a.ts": "export {};\n", "src/lib/b.ts": "export {};\n" });
  return dir;
}

describe("watch", () => {
  it("builds once, then hands changed sources to update() and writes the new output", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    expect(fake.builds).toBe(1);
    expect(io.out).toEqual(["npc-build: 1 file written to out (1 changed)\n"]);
    expect(handle.watchedDirs).toEqual([path.join(dir, "src"), dir]);

    fake.result = { files: [nss("alpha", "void main() { PrintString(\"new\"); }")], diagnostics: [] };
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "src/notes.txt"), "not a module\n");
    fs.writeFileSync(path.join(dir, "src/lib/b.ts"), "export const b = 1;\n");
    const report = await next;
    expect(report.changedPaths).toEqual([path.join(dir, "src/lib/b.ts")]);
    expect(report.changed).toBe(1);
    expect(fake.updates).toEqual([[path.join(dir, "src/lib/b.ts")]]);
    expect(fs.readFileSync(path.join(dir, "out/alpha.nss"), "utf8")).toContain('PrintString("new")');
    expect(io.out.at(-1)).toMatch(/^npc-build: rebuilt in \d+ ms: 1 file written to out \(1 changed\)\n$/);
  });

  it("keeps following a file that is saved atomically (written aside, renamed over it)", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    handle = startWatch({ io: captureIO(dir), flags: {}, debounceMs: 20 });
    const target = path.join(dir, "src/a.ts");
    for (const round of [1, 2, 3]) {
      const next = handle.nextRebuild();
      fs.writeFileSync(`${target}.swp`, `export const round = ${round};\n`);
      fs.renameSync(`${target}.swp`, target);
      expect((await next).changedPaths).toEqual([target]);
    }
    expect(fake.updates).toHaveLength(3);
  });

  it("picks up modules in a new folder and reports the modules of a folder moved away", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    handle = startWatch({ io: captureIO(dir), flags: {}, debounceMs: 20 });
    const added = handle.nextRebuild();
    fs.mkdirSync(path.join(dir, "src/extra/deeper"), { recursive: true });
    fs.writeFileSync(path.join(dir, "src/extra/deeper/c.ts"), "export {};\n");
    await waitFor(() => fake.updates.flat().includes(path.join(dir, "src/extra/deeper/c.ts")), "the new module");
    await added;
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "src/extra/deeper/c.ts"), "export const c = 1;\n");
    expect((await next).changedPaths).toEqual([path.join(dir, "src/extra/deeper/c.ts")]);
    const moved = handle.nextRebuild();
    fs.renameSync(path.join(dir, "src/extra"), path.join(dir, "parked"));
    expect((await moved).changedPaths).toContain(path.join(dir, "src/extra/deeper/c.ts"));
  });

  it("ignores the output folder and node_modules inside the watched tree", async () => {
    const dir = project({ outDir: "src/out" });
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    handle = startWatch({ io: captureIO(dir), flags: {}, debounceMs: 20 });
    const next = handle.nextRebuild();
    writeTree(dir, { "src/out/fake.ts": "export {};\n", "src/node_modules/pkg/index.ts": "export {};\n" });
    fs.writeFileSync(path.join(dir, "src/a.ts"), "export const last = 1;\n");
    expect((await next).changedPaths).toEqual([path.join(dir, "src/a.ts")]);
  });

  it("reports deleted modules and removes their stale output on a clean rebuild", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha"), nss("bravo")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const next = handle.nextRebuild();
    fs.rmSync(path.join(dir, "src/lib/b.ts"));
    const report = await next;
    expect(report.changedPaths).toEqual([path.join(dir, "src/lib/b.ts")]);
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual(["alpha.nss"]);
  });

  it("prints diagnostics of a rebuild and keeps the files of the last good one", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha"), nss("bravo")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    fake.result = { files: [nss("alpha")], diagnostics: [{ file: "src/a.ts", line: 2, col: 5, code: "NPC1002", message: "not in the subset" }] };
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "src/a.ts"), "export let x = {};\n");
    expect((await next).diagnostics).toBe(1);
    expect(io.err).toEqual(["src/a.ts:2:5 - error NPC1002: not in the subset\n"]);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(["alpha.nss", "bravo.nss"]);
  });

  it("reopens the project when tsconfig.json changes", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfigText({ rootDir: "src", outDir: "moved" }));
    const report = await next;
    expect(report.reopened).toBe(true);
    expect(fake.opened).toHaveLength(2);
    expect(fake.builds).toBe(2);
    expect(fs.existsSync(path.join(dir, "moved/alpha.nss"))).toBe(true);
  });

  it("keeps the previous settings when tsconfig.json becomes invalid", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    fs.writeFileSync(path.join(dir, "tsconfig.json"), '{ "npcBuild": { "bogus": true } }');
    await waitFor(() => io.err.length > 0, "the configuration error");
    expect(io.err[0]).toMatch(/^npc-build: tsconfig\.json:1:17: unknown setting "npcBuild\.bogus" .*\(still using the previous settings\)\n$/);
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "src/a.ts"), "export const again = 1;\n");
    expect((await next).changedPaths).toEqual([path.join(dir, "src/a.ts")]);
    expect(fake.opened).toHaveLength(1);
  });

  it("survives an internal error in a rebuild", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    fake.updateFailure = new Error("checker crashed");
    fs.writeFileSync(path.join(dir, "src/a.ts"), "export const one = 1;\n");
    await waitFor(() => io.err.length > 0, "the internal error");
    expect(io.err).toEqual(["npc-build: internal error: checker crashed (set NPC_BUILD_DEBUG=1 for details)\n"]);
    fake.updateFailure = undefined;
    const next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "src/a.ts"), "export const two = 2;\n");
    await next;
  });

  it("the watch command runs until stopped and exits 0", async () => {
    const dir = project();
    fake.result = { files: [nss("alpha")], diagnostics: [] };
    const io = captureIO(dir);
    const stop = new AbortController();
    io.stopSignal = stop.signal;
    const exit = run(["watch", "--out", "elsewhere"], io);
    await waitFor(() => io.out.some((l) => l.startsWith("npc-build: watching")), "the watch banner");
    expect(io.out).toEqual(["npc-build: 1 file written to elsewhere (1 changed)\n", "npc-build: watching src, . (Ctrl+C to stop)\n"]);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it("stops watching and exits 3 when the first build fails internally", async () => {
    const dir = project();
    fake.buildFailure = new Error("first build crashed");
    const io = captureIO(dir);
    expect(await run(["watch"], io)).toBe(3);
    expect(io.err).toEqual(["npc-build: internal error: first build crashed (set NPC_BUILD_DEBUG=1 for details)\n"]);
    expect(io.out).toEqual([]);
  });

  it("reports bad configuration before watching (exit 2)", async () => {
    const dir = project({ outDir: 7 });
    const io = captureIO(dir);
    expect(await run(["watch"], io)).toBe(2);
    const text = fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8").split("\n");
    const line = text.findIndex((l) => l.includes('"outDir": 7')) + 1;
    const col = text[line - 1]!.indexOf("7") + 1;
    expect(io.err).toEqual([`npc-build: tsconfig.json:${line}:${col}: "npcBuild.outDir" must be a non-empty string (a path)\n`]);
  });
});
