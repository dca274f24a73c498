// --compile: finding the official compiler, running it and mapping its errors to emitted files.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseCompilerOutput } from "../../compiler/cli/compiler-output.js";
import { fake, nss } from "./fake-compiler.js";
import { fakeCompilerArgs, installFakeCompiler, NO_GAME_SCRIPT } from "./fake-nwn-script-comp.js";
import { lines, runCli, tempDir, tsconfigText, writeTree } from "./helpers.js";

vi.mock("../../compiler/index.js", async () => (await import("./fake-compiler.js")).fakeCompilerModule());

beforeEach(() => fake.reset());

function project(npcBuild: Record<string, unknown> = { rootDir: "src", outDir: "out" }): string {
  const dir = tempDir();
  writeTree(dir, { "tsconfig.json": tsconfigText(npcBuild), "src/a.ts": "export {};\n" });
  return dir;
}

const good = nss("good");
// Valid NWScript (npc-build's own check passes it) that the fake official compiler flags: it mentions UNDEFINED_THING.
const bad = nss("bad", 'void main() {\n  PrintString("UNDEFINED_THING");\n}');

describe("reading nwn_script_comp's output", () => {
  it("finds the file, line and message of each error and ignores the rest", () => {
    const output = [
      "I [2024-05-01T12:00:00] Compiling",
      "E [2024-05-01T12:00:00] [1/3] /tmp/out/bad.nss: bad.nss(12): ERROR: UNDEFINED IDENTIFIER (x)",
      "F [2024-05-01T12:00:00] [2/3] inc_util.nss: inc_util.nss: ERROR: FUNCTION IMPLEMENTATION AND DEFINITION DIFFER",
      "E [2024-05-01T12:00:00] [3/3] out/s.nss: inc_x.nss(3): ERROR: NO SEMICOLON AFTER EXPRESSION",
      "I [2024-05-01T12:00:00] 0 successful, 0 skipped, 3 errored",
    ].join("\n");
    expect(parseCompilerOutput(output)).toEqual([
      { resref: "bad", line: 12, message: "UNDEFINED IDENTIFIER (x)" },
      { resref: "inc_util", message: "FUNCTION IMPLEMENTATION AND DEFINITION DIFFER" },
      { resref: "inc_x", line: 3, message: "NO SEMICOLON AFTER EXPRESSION" },
    ]);
  });
});

describe("build --compile", () => {
  it("runs the compiler found on PATH over every emitted file and reports its errors against them", async () => {
    const dir = project();
    const bin = path.join(dir, "bin");
    installFakeCompiler(bin);
    fake.result = { files: [good, bad], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, { PATH: bin });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(["out/bad.nss:3 - error nwn_script_comp: UNDEFINED IDENTIFIER (UNDEFINED_THING)"]);
    expect(lines(result.stdout)).toEqual([
      "npc-build: 2 files written to out (2 changed)",
      "npc-build: nwn_script_comp compiled 2 files: 1 error",
    ]);
    expect(fakeCompilerArgs(bin)).toEqual(["-c", "-y", path.join(dir, "out/good.nss"), path.join(dir, "out/bad.nss")]);
  });

  it("exits 0 when the official compiler accepts everything", async () => {
    const dir = project();
    const bin = path.join(dir, "bin");
    installFakeCompiler(bin);
    fake.result = { files: [good], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, { PATH: bin });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("npc-build: nwn_script_comp compiled 1 file: no errors\n");
  });

  it("says once that no compiler was found and keeps the build's exit code", async () => {
    const dir = project();
    fake.result = { files: [good], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, { PATH: path.join(dir, "empty") });
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual([
      'npc-build: no official compiler found (set NWN_SCRIPT_COMP, set "npcBuild.nwscriptCompiler" or put nwn_script_comp on PATH); skipping --compile',
    ]);
    fake.result = { files: [good], diagnostics: [{ file: "src/a.ts", line: 1, col: 1, code: "NPC1001", message: "m" }] };
    expect((await runCli(["build", "--compile"], dir, {})).code).toBe(1);
  });

  it("uses npcBuild.compile and npcBuild.nwscriptCompiler; --no-compile turns it off", async () => {
    const dir = project({ rootDir: "src", outDir: "out", compile: true, nwscriptCompiler: "tools/my_comp" });
    const tools = path.join(dir, "tools");
    installFakeCompiler(tools, "my_comp");
    fake.result = { files: [bad], diagnostics: [] };
    const result = await runCli(["build"], dir, {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("out/bad.nss:3 - error nwn_script_comp: UNDEFINED IDENTIFIER (UNDEFINED_THING)");
    expect(result.stdout).toContain("npc-build: my_comp compiled 1 file: 1 error");
    fs.rmSync(path.join(tools, "args.txt"));
    const off = await runCli(["build", "--no-compile"], dir, {});
    expect(off.code).toBe(0);
    expect(fs.existsSync(path.join(tools, "args.txt"))).toBe(false);
  });

  it("prefers NWN_SCRIPT_COMP over the configured compiler", async () => {
    const dir = project({ rootDir: "src", outDir: "out", nwscriptCompiler: "tools/missing_comp" });
    const env = installFakeCompiler(path.join(dir, "envbin"), "comp_from_env");
    fake.result = { files: [good], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, { NWN_SCRIPT_COMP: env });
    expect(result.code).toBe(0);
    expect(fakeCompilerArgs(path.join(dir, "envbin"))).toContain(path.join(dir, "out/good.nss"));
  });

  it("treats an explicitly named compiler that does not exist as bad input", async () => {
    const dir = project({ rootDir: "src", outDir: "out", nwscriptCompiler: "tools/missing_comp" });
    fake.result = { files: [good], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, {});
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `npc-build: npcBuild.nwscriptCompiler names ${path.join(dir, "tools/missing_comp")}, which is not an executable file`,
    ]);
  });

  it("shows what the compiler said when it fails without a located error", async () => {
    const dir = project();
    const bin = path.join(dir, "bin");
    installFakeCompiler(bin, "nwn_script_comp", NO_GAME_SCRIPT);
    fake.result = { files: [good], diagnostics: [] };
    const result = await runCli(["build", "--compile"], dir, { PATH: bin });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "nwn_script_comp: F [2024-05-01T12:00:00] Could not locate NWN; try --root",
      "npc-build: nwn_script_comp failed with exit code 1",
    ]);
  });
});

describe("transpile --compile", () => {
  it("compiles the standalone output too", async () => {
    const dir = tempDir();
    writeTree(dir, { "one.ts": "export {};\n" });
    const bin = path.join(dir, "bin");
    installFakeCompiler(bin);
    fake.result = { files: [bad], diagnostics: [] };
    const result = await runCli(["transpile", "one.ts", "--out", "o", "--compile"], dir, { PATH: bin });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("o/bad.nss:3 - error nwn_script_comp: UNDEFINED IDENTIFIER (UNDEFINED_THING)\n");
  });
});
