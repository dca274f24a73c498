// Names: resource names follow the game's rule (lowercase [a-z0-9_]{1,16}, never truncated),
// clashes between modules are diagnostics, and clashes with NWScript keywords or engine names
// are renamed with a deterministic `_` suffix.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTree, lines, snapshotCases } from "./helpers.js";

const MAIN = lines("export function main(): void {}");

function codes(result: { diagnostics: { file: string; code: string }[] }): string[] {
  return result.diagnostics.map((d) => `${d.file} ${d.code}`);
}

describe("resource names", () => {
  it.each([
    ["NpcCore.ts", "uppercase letters"],
    ["npc_behaviour_core_x.ts", "20 characters"],
    ["abcdefghijklmnopq.ts", "17 characters"],
    ["a-b.ts", "a dash"],
    ["npc.core.ts", "a dot"],
  ])("rejects %s (%s) with NPC3001 and emits nothing, not even a truncated name", (file) => {
    const result = buildTree({ [file]: MAIN });
    expect(codes(result)).toEqual([`${file} NPC3001`]);
    expect(result.diagnostics[0].message).toContain(`'${file.replace(/\.ts$/, "")}'`);
    expect(result.files).toEqual([]);
  });

  it("accepts 1 to 16 characters of a-z, 0-9 and _", () => {
    const result = buildTree({ "abcdefghijklmnop.ts": MAIN, "x.ts": MAIN, "npc_0_9.ts": MAIN });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.name)).toEqual(["abcdefghijklmnop", "npc_0_9", "x"]);
  });

  it("holds for every snapshot module (whose emitted name the snapshot tests compare with its file name)", () => {
    for (const c of snapshotCases()) for (const m of c.modules) expect(path.basename(m, ".ts")).toMatch(/^[a-z0-9_]{1,16}$/);
  });

  it("reports two modules of the same name in two folders (NPC3002), naming both", () => {
    const result = buildTree({ "a/same.ts": lines("export function A(): int { return 1; }"), "b/same.ts": lines("export function B(): int { return 2; }") });
    expect(codes(result)).toEqual(["b/same.ts NPC3002"]);
    expect(result.diagnostics[0].message).toBe("two modules would both emit 'same.nss': a/same.ts and b/same.ts");
    expect(result.files.map((f) => f.source)).toEqual(["a/same.ts"]);
  });
});

describe("top-level names across modules", () => {
  it.each([
    ["two functions", "export function Helper(): int { return 1; }", "export function Helper(): int { return 2; }", "Helper"],
    ["two globals", "export let gCount: int = 1;", "export let gCount: int = 2;", "gCount"],
    ["two consts", "export const LIMIT = 1;", "export const LIMIT = 2;", "LIMIT"],
    ["a global and a function", "export let Helper: int = 1;", "export function Helper(): int { return 2; }", "Helper"],
  ])("reports %s of one name (NPC3003) when a script includes both", (_, one, two, name) => {
    const run = lines('import "./one";', 'import "./two";', "export function main(): void {}");
    const result = buildTree({ "one.ts": lines(one), "two.ts": lines(two), "run.ts": run });
    expect(codes(result)).toEqual(["two.ts NPC3003"]);
    expect(result.diagnostics[0].message).toContain(`'${name}' is declared at the top level of both one.ts and two.ts`);
  });

  it("allows one name in two scripts that never share an include (each compiles on its own)", () => {
    const script = (n: number) => lines("function Helper(): int { return " + n + "; }", "export function main(): void { PrintString(IntToString(Helper())); }");
    const result = buildTree({ "one.ts": script(1), "two.ts": script(2) });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.name).sort()).toEqual(["one", "two"]);
  });

  it("renames the later of two same-named interfaces (by path), whatever the file order", () => {
    const files = {
      "inc_a.ts": lines("export interface Point { x: int; }", "export function PA(): Point { return { x: 1 }; }"),
      "inc_b.ts": lines("export interface Point { y: int; }", "export function PB(): Point { return { y: 2 }; }"),
    };
    for (const order of [["inc_a.ts", "inc_b.ts"], ["inc_b.ts", "inc_a.ts"]]) {
      const result = buildTree(files, order);
      expect(result.diagnostics).toEqual([]);
      const text = Object.fromEntries(result.files.map((f) => [f.name, f.text]));
      expect(text.inc_a).toContain("struct Point PA()");
      expect(text.inc_a).toContain("__t1.x = 1;");
      expect(text.inc_b).toContain("struct Point_ PB()");
      expect(text.inc_b).toContain("__t1.y = 2;");
    }
  });
});

describe("renaming", () => {
  const source = lines(
    "function GetName(o: object): string { return GetTag(o); }",
    "function Helper(): int { return 1; }",
    "export function main(): void {",
    "  const action: int = 1;",
    "  const vector: int = 2;",
    "  const effect: int = 3;",
    "  const json: int = 4;",
    "  const location: int = 5;",
    "  const PrintString_: int = 6;",
    "  const PrintString: int = 7;",
    "  const Helper: int = 8;",
    "  SpeakString(GetName(OBJECT_SELF) + IntToString(action + vector + effect + json + location + PrintString_ + PrintString + Helper));",
    "}",
  );

  it("suffixes keywords, engine names and user function names with _, then __ when taken", () => {
    const result = buildTree({ "m.ts": source });
    expect(result.diagnostics).toEqual([]);
    const text = result.files[0].text;
    for (const decl of ["int action_ = 1;", "int vector_ = 2;", "int effect_ = 3;", "int json_ = 4;", "int location_ = 5;", "int PrintString_ = 6;", "int PrintString__ = 7;", "int Helper_ = 8;"]) {
      expect(text).toContain(`    ${decl}`);
    }
    expect(text).toContain("string GetName_(object o)");
    expect(text).toContain("SpeakString(GetName_(OBJECT_SELF) + IntToString(action_ + vector_ + effect_ + json_ + location_ + PrintString_ + PrintString__ + Helper_));");
  });

  it("renames the same way in every build", () => {
    const first = buildTree({ "m.ts": source }).files[0].text;
    const second = buildTree({ "m.ts": source }).files[0].text;
    expect(second).toBe(first);
  });

  it("renames struct fields that clash with keywords", () => {
    const result = buildTree({
      "m.ts": lines("interface Slot { object: object; string: string; n: int; }", "export function F(s: Slot): string { return s.string + GetName(s.object); }"),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.files[0].text).toContain("struct Slot\n{\n    object object_;\n    string string_;\n    int n;\n};");
    expect(result.files[0].text).toContain("return s.string_ + GetName(s.object_);");
  });

  it("respells characters NWScript identifiers cannot hold ($, non-ASCII letters) as _", () => {
    const result = buildTree({
      "m.ts": lines(
        "interface Q { $a: int; _a: int; }",
        "let $g: int = 1;",
        "let _g: int = 2;",
        "function $f(q: Q): int {",
        "  const café: int = 3;",
        "  const caf_: int = 4;",
        "  return q.$a + q._a + $g + _g + café + caf_;",
        "}",
      ),
    });
    expect(result.diagnostics).toEqual([]);
    const text = result.files[0].text;
    expect(text).toContain("struct Q\n{\n    int _a;\n    int _a_;\n};");
    expect(text).toContain("int _g = 1;\nint _g_ = 2;");
    expect(text).toContain("int _f(struct Q q)");
    expect(text).toContain("    int caf_ = 3;\n    int caf__ = 4;");
    expect(text).toContain("return q._a + q._a_ + _g + _g_ + caf_ + caf__;");
    expect(text).not.toMatch(/[$\u0080-\uffff]/);
  });
});
