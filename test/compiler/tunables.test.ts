// Tunables set from build configuration: ProjectOptions.constants (tsconfig's npcBuild.constants)
// replaces an exported const's value in the emitted NWScript, in folded uses and on the twin;
// settings that name no const, do not fit its type or break an @npcCheck relation are refused.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openProject, type BuildResult, type ConstantValue } from "../../compiler/index.js";
import { compileTwin } from "../../tools/twin/node/compile.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import { loadTwin } from "../../tools/twin/node/load.js";
import { twinPlugin } from "../../tools/twin/node/vitest-plugin.js";
import { World } from "../../tools/twin/engine/index.js";
import { lines, tempDir, writeTree } from "./helpers.js";

const TSCONFIG = JSON.stringify({
  compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [], strict: true, noEmit: true, skipLibCheck: true },
  include: ["src/**/*.ts"],
});

const CONFIG = lines(
  "/** @npcCheck LIMIT >= 1 */",
  "export const LIMIT = 8;",
  "export const CAPACITY = 16;",
  "export const RESERVE = 4;",
  "/** @npcCheck STORAGE == CAPACITY + RESERVE */",
  "export const STORAGE = 20;",
  "/**",
  " * Degraded below this.",
  " * @npcCheck LOW < HIGH && HIGH <= CAPACITY",
  " */",
  "export const HIGH = 12;",
  "export const LOW = 6;",
  "export const WINDOW: float = 2.5;",
  'export const GREETING = "hello";',
  "export let COUNTER = 3;",
  "const HIDDEN = 5;",
  "export const DOUBLE = LIMIT * 2;",
  "export function Hidden(): int { return HIDDEN; }",
);

const SCRIPT = lines(
  'import { DOUBLE, GREETING, LIMIT, WINDOW } from "./config";',
  "export function main(): void {",
  "  const n: int = LIMIT + 1;",
  "  switch (n) {",
  "    case LIMIT + 1:",
  '      PrintString(`limit ${LIMIT} next ${n} double ${DOUBLE} ${GREETING} ${FloatToString(WINDOW, 0, 2)}`);',
  "      break;",
  "  }",
  "}",
);

function project(files: Record<string, string> = {}): string {
  const dir = tempDir("npc-tunables-");
  writeTree(dir, { "tsconfig.json": TSCONFIG, "src/config.ts": CONFIG, "src/script.ts": SCRIPT, ...files });
  return dir;
}

function build(dir: string, constants?: Record<string, ConstantValue>): BuildResult {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return openProject({ tsconfigPath: path.join(dir, "tsconfig.json"), constants }).build();
  } finally {
    process.chdir(cwd);
  }
}

const text = (r: BuildResult, name: string) => r.files.find((f) => f.name === name)!.text;

describe("tunables set from build configuration", () => {
  it("replaces the const's value in its declaration and notes it in the header", () => {
    const dir = project();
    const base = build(dir);
    expect(base.diagnostics).toEqual([]);
    expect(base.constantErrors).toBeUndefined();
    expect(text(base, "config")).toContain("const int LIMIT = 8;");
    expect(text(base, "config")).not.toContain("build configuration");

    const r = build(dir, { LIMIT: 3, WINDOW: 4, GREETING: "hi there" });
    expect(r.diagnostics).toEqual([]);
    expect(r.constantErrors).toBeUndefined();
    const config = text(r, "config");
    expect(config).toContain("const int LIMIT = 3;");
    expect(config).toContain("const float WINDOW = 4.0;");
    expect(config).toContain('const string GREETING = "hi there";');
    expect(config).toContain('// Set from build configuration (npcBuild.constants): LIMIT = 3, WINDOW = 4.0, GREETING = "hi there".');
    // Other consts keep their values; the script's header does not mention settings it only uses.
    expect(config).toContain("const int CAPACITY = 16;");
    expect(text(r, "script")).not.toContain("build configuration");
  });

  it("applies to folded uses: consts computed from it and case labels", () => {
    const dir = project();
    const r = build(dir, { LIMIT: 3 });
    expect(r.diagnostics).toEqual([]);
    expect(text(r, "config")).toContain("const int DOUBLE = 6;");
    expect(text(r, "script")).toContain("case 4:");
    expect(text(build(dir), "script")).toContain("case 9:");
  });

  it("gives byte-identical output for the same settings", () => {
    const dir = project();
    const a = build(dir, { LIMIT: 3, GREETING: "x" });
    const b = build(dir, { GREETING: "x", LIMIT: 3 });
    expect(a.files.map((f) => f.text)).toEqual(b.files.map((f) => f.text));
  });

  it("refuses a name that is no const of the project, and writes nothing for it", () => {
    const r = build(project(), { NO_SUCH: 1 });
    expect(r.constantErrors).toEqual([{ name: "NO_SUCH", message: 'no exported const "NO_SUCH" in the project' }]);
  });

  it("refuses names that are not exported consts: a let, a non-exported const, a function", () => {
    const r = build(project(), { COUNTER: 1, HIDDEN: 2, Hidden: 3 });
    const byName = Object.fromEntries((r.constantErrors ?? []).map((e) => [e.name, e.message]));
    expect(byName.COUNTER).toBe('"COUNTER" (src/config.ts:15) is not an exported top-level const; only those can be set from build configuration');
    expect(byName.HIDDEN).toMatch(/^"HIDDEN" \(src\/config\.ts:16\) is not an exported top-level const/);
    expect(byName.Hidden).toMatch(/^"Hidden" \(src\/config\.ts:18\) is not an exported top-level const/);
  });

  it("refuses a name exported as a const by two modules", () => {
    const r = build(project({ "src/other.ts": "export const LIMIT = 2;\n" }), { LIMIT: 3 });
    expect(r.constantErrors).toEqual([{ name: "LIMIT", message: '"LIMIT" is an exported const of several modules (src/config.ts:2, src/other.ts:1); rename all but one' }]);
  });

  it("refuses values that do not fit the const's NWScript type", () => {
    const dir = project();
    const message = (constants: Record<string, ConstantValue>) => build(dir, constants).constantErrors?.map((e) => e.message);
    expect(message({ LIMIT: 2.5 })).toEqual(['"LIMIT" is an int const (src/config.ts:2); set it to a whole number from -2147483648 to 2147483647, not 2.5']);
    expect(message({ LIMIT: 2147483648 })).toEqual(['"LIMIT" is an int const (src/config.ts:2); set it to a whole number from -2147483648 to 2147483647, not 2147483648']);
    expect(message({ LIMIT: "8" })?.[0]).toMatch(/not "8"$/);
    expect(message({ LIMIT: true })?.[0]).toMatch(/not true$/);
    expect(message({ WINDOW: "2" })).toEqual(['"WINDOW" is a float const (src/config.ts:13); set it to a number within float range, not "2"']);
    expect(message({ WINDOW: 1e39 })?.[0]).toMatch(/within float range, not 1e\+39$/);
    expect(message({ GREETING: 5 })).toEqual(['"GREETING" is a string const (src/config.ts:14); set it to a string, not 5']);
    expect(message({ GREETING: "caf\u00e9" })?.[0]).toMatch(/printable ASCII/);
    // An int setting for a float const is a number: fine.
    expect(message({ WINDOW: -3 })).toBeUndefined();
  });

  it("refuses a const without a constant value", () => {
    const dir = project({ "src/live.ts": lines("export const SELF = GetModule();") });
    expect(build(dir, { SELF: 1 }).constantErrors?.[0]?.message).toBe('"SELF" (src/live.ts:1) has no constant int, float or string value, so it cannot be set from build configuration');
  });

  it("refuses a setting that breaks an @npcCheck relation, naming the values", () => {
    const dir = project();
    expect(build(dir, { LIMIT: 0 }).constantErrors).toEqual([{ name: "LIMIT", message: 'LIMIT = 0 breaks "LIMIT >= 1" (src/config.ts:2): LIMIT = 0' }]);
    expect(build(dir, { CAPACITY: 10 }).constantErrors).toEqual([
      { name: "CAPACITY", message: 'CAPACITY = 10 breaks "STORAGE == CAPACITY + RESERVE" (src/config.ts:6): STORAGE = 20, CAPACITY = 10, RESERVE = 4' },
    ]);
    expect(build(dir, { LOW: 12 }).constantErrors?.[0]?.message).toBe('LOW = 12 breaks "LOW < HIGH && HIGH <= CAPACITY" (src/config.ts:11): LOW = 12, HIGH = 12, CAPACITY = 16');
    // Relations hold again when the related consts are set together.
    const r = build(dir, { CAPACITY: 10, RESERVE: 2, STORAGE: 12, HIGH: 8, LOW: 4 });
    expect(r.constantErrors).toBeUndefined();
    expect(r.diagnostics).toEqual([]);
  });

  it("reports a relation the source itself breaks as a diagnostic at the const (NPC5001), and a malformed one (NPC5002)", () => {
    const dir = project({ "src/bad.ts": lines("/** @npcCheck A > 3 */", "export const A = 2;", "/** @npcCheck B > MISSING */", "export const B = 1;") });
    const r = build(dir);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
      "src/bad.ts:2:14 NPC5001 @npcCheck A > 3 does not hold: A = 2",
      'src/bad.ts:4:14 NPC5002 @npcCheck B > MISSING: "MISSING" is not a constant of this module',
    ]);
    expect(r.files.map((f) => f.name)).not.toContain("bad");
  });

  it("the repository's own tunables satisfy their relations and the tsconfig sets none", () => {
    const root = path.resolve(__dirname, "../..");
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8")) as { npcBuild?: { constants?: unknown } };
    expect(tsconfig.npcBuild?.constants).toBeUndefined();
    const source = fs.readFileSync(path.join(root, "runtime-ts/core/npc_config.ts"), "utf8");
    expect(source.match(/@npcCheck/g)?.length ?? 0).toBeGreaterThanOrEqual(9);
    const dir = tempDir("npc-tunables-core-");
    writeTree(dir, { "tsconfig.json": TSCONFIG, "src/npc_config.ts": source });
    const ok = build(dir);
    expect(ok.diagnostics).toEqual([]);
    const bad = build(dir, { NPC_AREA_LOW_WATERMARK: 12, NPC_AREA_QUEUE_CAPACITY: 20 });
    expect(bad.constantErrors?.map((e) => e.name).sort()).toEqual(["NPC_AREA_LOW_WATERMARK", "NPC_AREA_QUEUE_CAPACITY"]);
    const fine = build(dir, { NPC_AREA_QUEUE_CAPACITY: 24, NPC_AREA_QUEUE_STORAGE_CAPACITY: 28, NPC_AREA_BUDGET_PER_TICK: 8, NPC_COALESCE_WINDOW_SEC: 3 });
    expect(fine.constantErrors).toBeUndefined();
    expect(text(fine, "npc_config")).toContain("const int NPC_AREA_BUDGET_PER_TICK = 8;");
  });
});

describe("the twin with build settings", () => {
  async function runOnTwin(dir: string, constants?: Record<string, ConstantValue>): Promise<string[]> {
    const program = compileTwin([path.join(dir, "src/script.ts")], { importExtension: ".mjs", constants });
    expect(program.build.diagnostics).toEqual([]);
    const world = new World({ seed: 1 });
    installEngine(world);
    const twin = loadTwin(program);
    const entry = await twin.entryPoint(path.join(dir, "src/script.ts"));
    world.runMain(() => void entry());
    return world.printed;
  }

  it("sees the same values as the NWScript: the declaration and folded uses", async () => {
    const dir = project();
    expect(await runOnTwin(dir)).toEqual(["limit 8 next 9 double 16 hello 2.50"]);
    expect(await runOnTwin(dir, { LIMIT: 3, WINDOW: 0.25, GREETING: "hi" })).toEqual(["limit 3 next 4 double 6 hi 0.25"]);
  });

  it("ignores settings for consts outside its program, but not values of the wrong type", () => {
    const dir = project();
    const program = compileTwin([path.join(dir, "src/script.ts")], { constants: { ELSEWHERE: 1, LIMIT: "x" } });
    expect(program.build.constantErrors?.map((e) => e.name)).toEqual(["LIMIT"]);
  });

  it("the vitest plugin takes the settings from the project's tsconfig and follows its changes", () => {
    const dir = project();
    const tsconfig = path.join(dir, "tsconfig.json");
    const withConstants = (constants: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(TSCONFIG), npcBuild: { constants } });
    fs.writeFileSync(tsconfig, withConstants({ LIMIT: 5 }));
    const plugin = twinPlugin({ roots: [path.join(dir, "src")], project: tsconfig });
    const file = path.join(dir, "src/config.ts");
    const code = () => (plugin.transform("", file) as { code: string }).code;
    expect(code()).toMatch(/export const LIMIT = 5;/);
    // A different size and time: the plugin compiles again.
    fs.writeFileSync(tsconfig, withConstants({ LIMIT: 12 }) + "\n");
    fs.utimesSync(tsconfig, new Date(), new Date(Date.now() + 5000));
    expect(code()).toMatch(/export const LIMIT = 12;/);
    fs.writeFileSync(tsconfig, withConstants({ LIMIT: 0 }));
    expect(() => code()).toThrow(/tsconfig\.json:1:\d+: LIMIT = 0 breaks "LIMIT >= 1"/);
  });
});
