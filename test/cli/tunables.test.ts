// "npcBuild.constants" through the CLI: build writes the configured values, bad settings exit 2
// with one line at the setting's key in tsconfig.json and write nothing, `run` (the twin) and
// `watch` use the same settings.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWatch, type WatchHandle } from "../../compiler/cli/watcher.js";
import { captureIO, lines, runCli, tempDir, tsconfigText, writeTree } from "./helpers.js";

const CONFIG = [
  "/** @npcCheck LOW < HIGH */",
  "export const LOW = 2;",
  "export const HIGH = 5;",
  "export const WINDOW: float = 1.5;",
  "export let COUNTER = 0;",
  "",
].join("\n");

const SCRIPT = [
  'import { HIGH, LOW } from "./config";',
  "export function main(): void {",
  "  PrintString(`low ${LOW} high ${HIGH}`);",
  "}",
  "",
].join("\n");

function project(constants?: Record<string, unknown>): string {
  const dir = tempDir();
  const npcBuild = constants === undefined ? { outDir: "out" } : { outDir: "out", constants };
  writeTree(dir, { "tsconfig.json": tsconfigText(npcBuild), "src/config.ts": CONFIG, "src/script.ts": SCRIPT });
  return dir;
}

/** Line and column (1-based) of the first occurrence of `needle` in the dir's tsconfig.json. */
function at(dir: string, needle: string): string {
  const text = fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8");
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Line and column of the value of `"key": …` in the dir's tsconfig.json. */
function valueAt(dir: string, key: string): string {
  const text = fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8");
  const before = text.slice(0, text.indexOf(`"${key}": `) + key.length + 4).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

async function expectBadInput(dir: string, argv: string[], message: string): Promise<void> {
  const result = await runCli(argv, dir);
  expect(result.code).toBe(2);
  // Source paths in messages are relative to the process's working directory (absolute in these in-process runs).
  expect(lines(result.stderr.split(`${dir}/`).join(""))).toEqual([`npc-build: ${message}`]);
  expect(result.stdout).toBe("");
  expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
}

describe("npcBuild.constants", () => {
  it("build writes the configured values", async () => {
    const dir = project({ HIGH: 9, WINDOW: 0.5 });
    const result = await runCli(["build"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const config = fs.readFileSync(path.join(dir, "out/config.nss"), "utf8");
    expect(config).toContain("const int HIGH = 9;");
    expect(config).toContain("const float WINDOW = 0.5;");
    expect(config).toContain("// Set from build configuration (npcBuild.constants): HIGH = 9, WINDOW = 0.5.");
  });

  it("refuses a name that is no exported const, at its key", async () => {
    const dir = project({ HIGH: 9, MISSING: 1 });
    await expectBadInput(dir, ["build"], `tsconfig.json:${at(dir, '"MISSING"')}: no exported const "MISSING" in the project`);
  });

  it("refuses a let, at its key", async () => {
    const dir = project({ COUNTER: 1 });
    await expectBadInput(dir, ["check"], `tsconfig.json:${at(dir, '"COUNTER"')}: "COUNTER" (src/config.ts:5) is not an exported top-level const; only those can be set from build configuration`);
  });

  it("refuses a value of the wrong type, at its key", async () => {
    const dir = project({ HIGH: 2.5 });
    await expectBadInput(dir, ["build"], `tsconfig.json:${at(dir, '"HIGH"')}: "HIGH" is an int const (src/config.ts:3); set it to a whole number from -2147483648 to 2147483647, not 2.5`);
  });

  it("refuses a value that breaks an @npcCheck relation, at its key", async () => {
    const dir = project({ LOW: 7 });
    await expectBadInput(dir, ["build"], `tsconfig.json:${at(dir, '"LOW"')}: LOW = 7 breaks "LOW < HIGH" (src/config.ts:2): LOW = 7, HIGH = 5`);
  });

  it("reports the first bad setting in file order", async () => {
    const dir = project({ HIGH: "x", LOW: 9 });
    await expectBadInput(dir, ["check"], `tsconfig.json:${at(dir, '"HIGH"')}: "HIGH" is an int const (src/config.ts:3); set it to a whole number from -2147483648 to 2147483647, not "x"`);
  });

  it("refuses a block that is not an object", async () => {
    const dir = project([1] as unknown as Record<string, unknown>);
    await expectBadInput(dir, ["check"], `tsconfig.json:${valueAt(dir, "constants")}: "npcBuild.constants" must be an object: { "CONST_NAME": value, … }`);
  });

  it("refuses malformed settings at their place in tsconfig.json", async () => {
    let dir = project({ HIGH: [9] });
    await expectBadInput(dir, ["build"], `tsconfig.json:${valueAt(dir, "HIGH")}: "npcBuild.constants.HIGH" must be a number or a string`);
    dir = project({ HIGH: null });
    await expectBadInput(dir, ["build"], `tsconfig.json:${valueAt(dir, "HIGH")}: "npcBuild.constants.HIGH" must be a number or a string`);
    dir = project({ "not a name": 1 });
    await expectBadInput(dir, ["build"], `tsconfig.json:${at(dir, '"not a name"')}: "npcBuild.constants.not a name" is not a const name`);
    dir = tempDir();
    writeTree(dir, { "tsconfig.json": '{\n  "include": ["src/**/*.ts"],\n  "npcBuild": { "constants": { "HIGH": 6, "HIGH": 7 } }\n}\n', "src/config.ts": CONFIG });
    await expectBadInput(dir, ["build"], 'tsconfig.json:3:43: "npcBuild.constants.HIGH" is set twice');
  });

  it("`run` runs the twin with the working directory's settings", async () => {
    const dir = project({ HIGH: 9, LOW: -1 });
    const result = await runCli(["run", "src/script.ts"], dir);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("low -1 high 9\n");
    expect((await runCli(["run", "src/script.ts"], project())).stdout).toBe("low 2 high 5\n");
    const bad = project({ LOW: 5 });
    const refused = await runCli(["run", "src/script.ts"], bad);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr.split(`${bad}/`).join(""))).toEqual([`npc-build: tsconfig.json:${at(bad, '"LOW"')}: LOW = 5 breaks "LOW < HIGH" (src/config.ts:2): LOW = 5, HIGH = 5`]);
  });
});

describe("watch with npcBuild.constants", () => {
  let handle: WatchHandle | undefined;
  afterEach(() => handle?.close());

  it("rebuilds with the new values when tsconfig.json changes, and writes nothing for a bad one", async () => {
    const dir = project({ HIGH: 6 });
    const io = captureIO(dir);
    handle = startWatch({ io, flags: {}, debounceMs: 20 });
    const out = path.join(dir, "out/config.nss");
    expect(fs.readFileSync(out, "utf8")).toContain("const int HIGH = 6;");

    let next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfigText({ outDir: "out", constants: { HIGH: 8 } }));
    expect((await next).reopened).toBe(true);
    expect(fs.readFileSync(out, "utf8")).toContain("const int HIGH = 8;");

    fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfigText({ outDir: "out", constants: { HIGH: 1 } }));
    const deadline = Date.now() + 20_000;
    while (!io.err.some((l) => l.includes("breaks")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(io.err.at(-1)).toMatch(/^npc-build: tsconfig\.json:\d+:\d+: HIGH = 1 breaks "LOW < HIGH"/);
    expect(fs.readFileSync(out, "utf8")).toContain("const int HIGH = 8;");

    next = handle.nextRebuild();
    fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfigText({ outDir: "out" }));
    await next;
    expect(fs.readFileSync(out, "utf8")).toContain("const int HIGH = 5;");
    expect(fs.readFileSync(out, "utf8")).not.toContain("build configuration");
  });
});
