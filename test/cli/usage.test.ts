import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeInternalError } from "../../compiler/cli/errors.js";
import { lines, runCli, tempDir } from "./helpers.js";

const version = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8")) as { version: string }).version;

async function expectUsageError(argv: string[], pattern: RegExp): Promise<void> {
  const result = await runCli(argv, tempDir());
  expect(result.code).toBe(2);
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stdout).toBe("");
}

describe("command line", () => {
  it("--version prints the package version", async () => {
    const result = await runCli(["--version"], tempDir());
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every command", async () => {
    const result = await runCli(["--help"], tempDir());
    expect(result.code).toBe(0);
    for (const command of ["build", "check", "transpile", "watch", "decls", "nss-check"]) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
  });

  it("help for one command shows its options", async () => {
    const result = await runCli(["build", "--help"], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--project <tsconfig>");
    expect(result.stdout).toContain("--out <dir>");
    expect(result.stdout).toContain("--compile");
    const nss = await runCli(["help", "nss-check"], tempDir());
    expect(nss.code).toBe(0);
    expect(nss.stdout).toContain("-I, --include <dir>");
  });

  it("no command at all is bad input (help goes to stderr)", async () => {
    const result = await runCli([], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npc-build");
  });

  it("rejects an unknown command in one line", async () => {
    await expectUsageError(["biuld"], /^npc-build: unknown command 'biuld' \(Did you mean build\?\)$/m);
  });

  it("rejects an unknown option", async () => {
    await expectUsageError(["build", "--frobnicate"], /^npc-build: unknown option '--frobnicate'$/m);
  });

  it("rejects a missing mandatory option or argument", async () => {
    await expectUsageError(["transpile", "a.ts"], /^npc-build: required option '-o, --out <dir>' not specified$/m);
    await expectUsageError(["transpile", "--out", "x"], /^npc-build: missing required argument 'files'$/m);
    await expectUsageError(["decls"], /^npc-build: required option '--nwscript <path>' not specified$/m);
  });

  it("rejects files that do not exist", async () => {
    await expectUsageError(["transpile", "missing.ts", "--out", "x"], /^npc-build: file not found: missing\.ts$/m);
    await expectUsageError(["nss-check", "missing.nss"], /^npc-build: file not found: missing\.nss$/m);
    await expectUsageError(["decls", "--nwscript", "missing.nss"], /^npc-build: file not found: missing\.nss$/m);
  });

  it("rejects transpile input that is not a .ts module", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "x.d.ts"), "declare const x: number;\n");
    const result = await runCli(["transpile", "x.d.ts", "--out", "o"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("npc-build: x.d.ts: expected a .ts module\n");
  });
});

describe("internal errors", () => {
  it("are one line without a stack unless NPC_BUILD_DEBUG=1", () => {
    const error = new Error("boom\nsecond line");
    expect(describeInternalError(error, false)).toBe("npc-build: internal error: boom second line (set NPC_BUILD_DEBUG=1 for details)\n");
    const debug = describeInternalError(error, true);
    expect(debug).toContain("boom");
    expect(debug).toMatch(/\n\s+at /);
    expect(describeInternalError("plain", false)).toBe("npc-build: internal error: plain (set NPC_BUILD_DEBUG=1 for details)\n");
  });
});
