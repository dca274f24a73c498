// `npc-build decls` over the game's nwscript.nss (uses the real generator in compiler/decls).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeclarations } from "../../compiler/decls/index.js";
import { lines, runCli, tempDir } from "./helpers.js";

const NWSCRIPT = "/work/shared/nwscript/nwscript.nss";
const nssText = fs.readFileSync(NWSCRIPT, "utf8");

describe("decls", () => {
  it("writes the declarations to stdout without --out", async () => {
    const result = await runCli(["decls", "--nwscript", NWSCRIPT], tempDir());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(generateDeclarations(nssText, { sourceName: "nwscript.nss" }));
    expect(result.stdout).toContain("declare function PrintString(sString: string): void;");
  });

  it("names the source by its base name only", async () => {
    const dir = tempDir();
    fs.copyFileSync(NWSCRIPT, path.join(dir, "engine_api.nss"));
    const result = await runCli(["decls", "--nwscript", "engine_api.nss"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(generateDeclarations(nssText, { sourceName: "engine_api.nss" }));
    expect(result.stdout).not.toContain(dir);
  });

  it("writes --out only when the text changed", async () => {
    const dir = tempDir();
    const first = await runCli(["decls", "--nwscript", NWSCRIPT, "--out", "engine/nwscript.d.ts"], dir);
    expect(first).toEqual({ code: 0, stdout: "npc-build: declarations written to engine/nwscript.d.ts\n", stderr: "" });
    const target = path.join(dir, "engine/nwscript.d.ts");
    expect(fs.readFileSync(target, "utf8")).toBe(generateDeclarations(nssText, { sourceName: "nwscript.nss" }));
    const past = new Date("2001-02-03T04:05:06Z");
    fs.utimesSync(target, past, past);
    const second = await runCli(["decls", "--nwscript", NWSCRIPT, "-o", "engine/nwscript.d.ts"], dir);
    expect(second.stdout).toBe("npc-build: declarations written to engine/nwscript.d.ts (unchanged)\n");
    expect(fs.statSync(target).mtime.getTime()).toBe(past.getTime());
  });

  it("reports unreadable input as PATH:LINE - error: message and exits 1", async () => {
    const dir = tempDir();
    const broken = `${nssText.endsWith("\n") ? nssText : `${nssText}\n`}int @;\n`;
    const badLine = broken.split("\n").length - 1;
    fs.writeFileSync(path.join(dir, "broken.nss"), broken);
    const result = await runCli(["decls", "--nwscript", "broken.nss"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^broken\\.nss:${badLine} - error: \\S`));
  });
});
