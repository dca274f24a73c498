import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProjectConfig } from "../../compiler/cli/config.js";
import { UsageError } from "../../compiler/cli/errors.js";
import { captureIO, lines, runCli, tempDir, tsconfigText, writeTree } from "./helpers.js";

function project(files: Record<string, string>): string {
  const dir = tempDir();
  writeTree(dir, { "src/a.ts": "export const x = 1;\n", ...files });
  return dir;
}

describe("project configuration", () => {
  it("defaults to ./tsconfig.json and nss-out next to it", () => {
    const dir = project({ "tsconfig.json": tsconfigText() });
    const config = loadProjectConfig(captureIO(dir), {});
    expect(config.tsconfigPath).toBe(path.join(dir, "tsconfig.json"));
    expect(config.outDir).toBe(path.join(dir, "nss-out"));
    expect(config.rootDir).toBeUndefined();
    expect(config.compile).toBe(false);
    expect(config.fileNames).toEqual([path.join(dir, "src/a.ts")]);
  });

  it("resolves the block's paths against the tsconfig's folder, not the working directory", () => {
    const dir = project({
      "proj/tsconfig.json": tsconfigText({ rootDir: "src", outDir: "../built", compile: true, nwscriptCompiler: "bin/comp" }),
      "proj/src/b.ts": "export const y = 2;\n",
    });
    const config = loadProjectConfig(captureIO(path.join(dir, "src")), { project: "../proj/tsconfig.json" });
    expect(config.tsconfigPath).toBe(path.join(dir, "proj/tsconfig.json"));
    expect(config.rootDir).toBe(path.join(dir, "proj/src"));
    expect(config.outDir).toBe(path.join(dir, "built"));
    expect(config.compile).toBe(true);
    expect(config.nwscriptCompiler).toBe(path.join(dir, "proj/bin/comp"));
  });

  it("lets flags win over the block; --out is relative to the working directory", () => {
    const dir = project({ "tsconfig.json": tsconfigText({ outDir: "from-block", compile: true }) });
    const config = loadProjectConfig(captureIO(path.join(dir, "src")), { project: "../tsconfig.json", out: "flag-out", compile: false });
    expect(config.outDir).toBe(path.join(dir, "src/flag-out"));
    expect(config.compile).toBe(false);
    const withCompile = loadProjectConfig(captureIO(dir), { compile: true });
    expect(withCompile.compile).toBe(true);
    expect(withCompile.outDir).toBe(path.join(dir, "from-block"));
  });

  it("accepts comments and trailing commas, as tsc does", () => {
    const text = `{
      // the project
      "compilerOptions": { "strict": true, "noEmit": true, },
      "include": ["src/**/*.ts",],
      /* npc-build's own settings */
      "npcBuild": { "outDir": "out", },
    }`;
    const dir = project({ "tsconfig.json": text });
    expect(loadProjectConfig(captureIO(dir), {}).outDir).toBe(path.join(dir, "out"));
  });
});

describe("configuration errors exit 2 with one located line", () => {
  async function expectBadInput(dir: string, argv: string[], pattern: RegExp): Promise<void> {
    const result = await runCli(argv, dir);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^npc-build: /);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  }

  it("reports an unknown key in the npcBuild block at its line", async () => {
    const text = '{\n  "include": ["src/**/*.ts"],\n  "npcBuild": {\n    "outdir": "x"\n  }\n}\n';
    const dir = project({ "tsconfig.json": text });
    await expectBadInput(dir, ["check"], /^npc-build: tsconfig\.json:4:5: unknown setting "npcBuild\.outdir" \(known: rootDir, outDir, compile, nwscriptCompiler, constants\)$/m);
  });

  it("reports a value of the wrong type", async () => {
    const text = '{\n  "include": ["src/**/*.ts"],\n  "npcBuild": { "compile": "yes" }\n}\n';
    const dir = project({ "tsconfig.json": text });
    await expectBadInput(dir, ["build"], /tsconfig\.json:3:28: "npcBuild\.compile" must be true or false/);
    const numeric = project({ "tsconfig.json": '{ "npcBuild": { "outDir": 3 } }' });
    await expectBadInput(numeric, ["check"], /tsconfig\.json:1:27: "npcBuild\.outDir" must be a non-empty string/);
  });

  it("reports a block that is not an object", async () => {
    const dir = project({ "tsconfig.json": '{ "include": ["src/**/*.ts"], "npcBuild": [] }' });
    await expectBadInput(dir, ["check"], /tsconfig\.json:1:43: "npcBuild" must be an object/);
  });

  it("reports a rootDir that does not exist", async () => {
    const dir = project({ "tsconfig.json": tsconfigText({ rootDir: "nowhere" }) });
    await expectBadInput(dir, ["check"], /"npcBuild\.rootDir" names a folder that does not exist: nowhere/);
  });

  it("reports malformed JSON with its position", async () => {
    const dir = project({ "tsconfig.json": '{\n  "include": ["src/**/*.ts"]\n  "npcBuild": {}\n}\n' });
    await expectBadInput(dir, ["check"], /^npc-build: tsconfig\.json:3:3: ',' expected\.$/m);
  });

  it("reports tsc's own complaints about the tsconfig", async () => {
    const dir = project({ "tsconfig.json": '{ "compilerOptions": { "noSuchOption": true }, "include": ["src/**/*.ts"] }' });
    await expectBadInput(dir, ["check"], /tsconfig\.json:1:24: Unknown compiler option 'noSuchOption'\./);
  });

  it("reports a missing project file", async () => {
    const dir = tempDir();
    await expectBadInput(dir, ["build", "--project", "nope/tsconfig.json"], /^npc-build: nope\/tsconfig\.json: project file not found$/m);
  });

  it("throws UsageError (not a crash) from the loader itself", () => {
    const dir = project({ "tsconfig.json": '{ "npcBuild": { "extra": 1 } }' });
    expect(() => loadProjectConfig(captureIO(dir), {})).toThrow(UsageError);
    fs.rmSync(dir, { recursive: true });
  });
});
