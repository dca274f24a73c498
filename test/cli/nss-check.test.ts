// `npc-build nss-check` on the conformance corpus (needs tools/nwscript, the NWScript checker).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lines, runCli, tempDir } from "./helpers.js";

const CORPUS = "/work/shared/nss-conformance/compile";

/** `error LINE MESSAGE` or `ok` from a case's .expected file. */
function expected(name: string): { line: number; message: string } | "ok" {
  const text = fs.readFileSync(path.join(CORPUS, `${name}.expected`), "utf8").trim();
  if (text === "ok") return "ok";
  const match = /^error (\d+) (.*)$/.exec(text);
  if (!match) throw new Error(`unexpected .expected content: ${text}`);
  return { line: Number(match[1]), message: match[2]! };
}

describe("nss-check", () => {
  it("accepts a file the official compiler accepts", async () => {
    expect(expected("c_bitops")).toBe("ok");
    const result = await runCli(["nss-check", "c_bitops.nss"], CORPUS);
    expect(result).toEqual({ code: 0, stdout: "npc-build: 1 file checked, no errors\n", stderr: "" });
  });

  it("reports file.nss:LINE: error: MESSAGE and exits 1", async () => {
    const want = expected("c_e_undef_var");
    if (want === "ok") throw new Error("c_e_undef_var should be an error case");
    const result = await runCli(["nss-check", "c_e_undef_var.nss", "c_bitops.nss"], CORPUS);
    expect(result.code).toBe(1);
    const errors = lines(result.stderr);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(new RegExp(`^c_e_undef_var\\.nss:${want.line}: error: `));
    expect(errors[0]!.replace(/^[^:]+:\d+: error: /, "")).toContain(want.message.split(" (")[0]);
    expect(result.stdout).toMatch(/^npc-build: \d+ errors? in 1 of 2 files\n$/);
  });

  it("omits the line when the compiler names none", async () => {
    const want = expected("c_e_main_int");
    if (want === "ok" || want.line !== 0) throw new Error("c_e_main_int should be an error without a line");
    const result = await runCli(["nss-check", "c_e_main_int.nss"], CORPUS);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`c_e_main_int.nss: error: ${want.message}`]);
  });

  it("checks a file without main as an include", async () => {
    expect(expected("inc_util")).toBe("ok");
    const result = await runCli(["nss-check", "inc_util.nss"], CORPUS);
    expect(result).toEqual({ code: 0, stdout: "npc-build: 1 file checked, no errors\n", stderr: "" });
  });

  it("finds #include files through -I", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "scripts"));
    fs.mkdirSync(path.join(dir, "includes"));
    fs.copyFileSync(path.join(CORPUS, "c_include.nss"), path.join(dir, "scripts/c_include.nss"));
    fs.copyFileSync(path.join(CORPUS, "inc_util.nss"), path.join(dir, "includes/inc_util.nss"));
    const found = await runCli(["nss-check", "scripts/c_include.nss", "-I", "includes"], dir);
    expect(found).toEqual({ code: 0, stdout: "npc-build: 1 file checked, no errors\n", stderr: "" });
    const missing = await runCli(["nss-check", "scripts/c_include.nss"], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^scripts\/c_include\.nss:2: error: /m);
  });

  it("rejects an include folder that does not exist", async () => {
    const result = await runCli(["nss-check", "c_bitops.nss", "-I", "no_such_dir"], CORPUS);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("npc-build: include folder not found: no_such_dir\n");
  });
});
