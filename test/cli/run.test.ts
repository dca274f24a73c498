// `npc-build run`: a .ts module (twin) and its transpiled .nss (reference interpreter) print the
// same lines, delayed commands included, in simulated-time order.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lines, runCli, tempDir, writeTree } from "./helpers.js";

const corpus = path.resolve(import.meta.dirname, "../../../shared/nss-conformance/run");

const SCRIPT = [
  "let gCount: int = 0;",
  "function Say(s: string): void {",
  "  PrintString(`${s} ${gCount}`);",
  "  gCount += 10;",
  "}",
  "export function main(): void {",
  "  gCount = 1;",
  '  DelayCommand(1.0, () => Say("later"));',
  "  gCount = 2;",
  '  Say("now");',
  "  SetLocalInt(GetModule(), \"n\", 2147483647);",
  "  SetLocalInt(GetModule(), \"n\", GetLocalInt(GetModule(), \"n\") + 1);",
  '  PrintString(IntToString(GetLocalInt(GetModule(), "n")) + " " + IntToString(-7 / 2) + " " + FloatToString(1.0 / 3.0, 0, 9));',
  "}",
  "",
].join("\n");

describe("npc-build run", () => {
  it("runs a .ts module and its transpiled .nss to the same lines", async () => {
    const dir = tempDir();
    writeTree(dir, { "demo.ts": SCRIPT });
    const ts = await runCli(["run", "demo.ts"], dir);
    expect(ts.stderr).toBe("");
    expect(ts.code).toBe(0);
    expect(lines(ts.stdout)).toEqual(["now 2", "-2147483648 -3 0.333333343", "later 1"]);
    const built = await runCli(["transpile", "demo.ts", "--out", "out"], dir);
    expect(built.code).toBe(0);
    const nss = await runCli(["run", "out/demo.nss"], dir);
    expect(nss.code).toBe(0);
    expect(nss.stdout).toBe(ts.stdout);
  });

  it("runs existing NWScript with includes and reproduces a real VM's output", async () => {
    const dir = tempDir();
    const result = await runCli(["run", path.join(corpus, "r_delay_nested.nss")], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fs.readFileSync(path.join(corpus, "r_delay_nested.expected"), "utf8"));
  });

  it("stops a script that loops forever with too many instructions, in both languages", async () => {
    const dir = tempDir();
    writeTree(dir, {
      "spin.ts": 'export function main(): void {\n  PrintString("start");\n  let i = 0;\n  while (true) i++;\n}\n',
      "spin.nss": 'void main()\n{\n    PrintString("start");\n    int i = 0;\n    while (TRUE) i++;\n}\n',
    });
    for (const file of ["spin.ts", "spin.nss"]) {
      const result = await runCli(["run", file], dir);
      expect(result.code, file).toBe(1);
      expect(lines(result.stdout)).toEqual(["start"]);
      expect(result.stderr).toMatch(new RegExp(`^${file}: error: TOO MANY INSTRUCTIONS`));
    }
  });

  it("reports subset errors with a location and NWScript errors with the compiler's message", async () => {
    const dir = tempDir();
    writeTree(dir, {
      "bad.ts": "export function main(): void {\n  const a = [1, 2];\n}\n",
      "bad.nss": "void main()\n{\n    float f = 1;\n}\n",
    });
    const ts = await runCli(["run", "bad.ts"], dir);
    expect(ts.code).toBe(1);
    expect(ts.stderr).toMatch(/bad\.ts:2:13 - error NPC1001: /);
    const nss = await runCli(["run", "bad.nss"], dir);
    expect(nss.code).toBe(1);
    expect(nss.stderr).toBe("bad.nss:3: error: MISMATCHED TYPES\n");
  });

  it("uses the seed: the same seed gives the same Random numbers", async () => {
    const dir = tempDir();
    writeTree(dir, { "dice.ts": "export function main(): void {\n  PrintString(`${Random(1000)} ${Random(1000)} ${Random(1000)}`);\n}\n" });
    const a = await runCli(["run", "dice.ts", "--seed", "5"], dir);
    const b = await runCli(["run", "dice.ts", "--seed", "5"], dir);
    const c = await runCli(["run", "dice.ts", "--seed", "6"], dir);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it("rejects bad input with exit 2 and one line", async () => {
    const dir = tempDir();
    writeTree(dir, { "x.ts": "export function main(): void {}\n" });
    for (const argv of [["run", "missing.ts"], ["run", "x.ts", "--seed", "abc"], ["run", "x.ts", "--world", "nowhere.json"]]) {
      const result = await runCli(argv, dir);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(/^npc-build: /);
    }
  });
});
