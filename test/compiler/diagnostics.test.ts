// One test per diagnostic code: for every entry of compiler/diagnostics/messages.ts, a tiny module
// that triggers exactly that code, at a known line and column, and gets no .nss. The table below
// is checked against the messages table, so a new code without a case fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../compiler/index.js";
import { Diagnostics, type DiagnosticKey } from "../../compiler/diagnostics/messages.js";
import { buildTree, lines } from "./helpers.js";

interface Case {
  /** The project: relative path → source. The error is in the first file unless `file` says otherwise. */
  files: Record<string, string>;
  file?: string;
  /** 1-based line and column of the diagnostic. */
  at: [number, number];
  /** Files handed to openFiles (default: all). */
  entries?: string[];
  /** Codes that necessarily come with this one (explained where they are listed). */
  also?: string[];
}

const m = (...text: string[]) => ({ "m.ts": lines(...text) });

const CASES: Partial<Record<DiagnosticKey, Case>> = {
  UnsupportedSyntax: { files: m("class Greeter {}"), at: [1, 1] },
  UnsupportedTopLevel: { files: m("{ }", "export function main(): void {}"), at: [1, 1] },
  ClosureNotAllowed: { files: m("export function main(): void {", "  const f = () => 1;", "}"), at: [2, 13] },
  ActionBodyNotACall: {
    files: m("export function main(): void {", '  DelayCommand(1.0, () => { PrintString("a"); PrintString("b"); });', "}"),
    at: [2, 21],
  },
  UnsupportedType: { files: m("function F(p: { a: int }): void {}"), at: [1, 15] },
  NumberTypeAmbiguous: { files: m("let x: number = 1;"), at: [1, 8] },
  UnsignedShift: { files: m("function F(a: int): int { return a >>> 1; }"), at: [1, 36] },
  OptionalNotAllowed: { files: m("function F(a?: int): void {}"), at: [1, 12] },
  InterfaceMember: { files: m("interface P { a?: int; }"), at: [1, 15] },
  CaseNotConstant: {
    files: m("function F(n: int, m: int): void {", "  switch (n) {", "    case m: break;", "  }", "}"),
    at: [3, 10],
  },
  // A labelled break needs a labelled statement around it, and that statement is NPC1001 itself
  // (inside a function the subset check stops there, so the break is reported only at top level).
  LabelledStatement: { files: m("outer: for (;;) {", "  break outer;", "}"), at: [2, 3], also: ["NPC1001"] },
  ObjectLiteralNotStruct: { files: m("export function main(): void {", "  const o = { a: 1 };", "}"), at: [2, 13] },
  ImportForm: {
    files: { "m.ts": lines('import * as lib from "./lib";'), "lib.ts": lines("export function F(): void {}") },
    at: [1, 1],
  },
  LoopWithHoistAndContinue: {
    files: m(
      "let g: int = 0;",
      "function Next(): int { g++; return g; }",
      "function P(a: int, b: int): int { return a + b; }",
      "function F(): void {",
      "  for (let i: int = 0; i < 3; i = P(Next(), Next())) {",
      "    continue;",
      "  }",
      "}",
    ),
    at: [5, 31],
  },
  ActionArgumentOrder: {
    files: m(
      "let g: int = 0;",
      "function Next(): int { g++; return g; }",
      "function Show(a: int, b: int): void {}",
      "function F(): void {",
      "  DelayCommand(1.0, () => Show(Next(), Next()));",
      "}",
    ),
    at: [5, 27],
  },
  DuplicateCaseLabel: {
    files: m("function F(n: int): void {", "  switch (n) {", "    case 1: break;", "    case 1: break;", "  }", "}"),
    at: [4, 5],
  },
  CaseScopeDeclaration: {
    files: m(
      "function F(n: int): void {",
      "  switch (n) {",
      "    case 1:",
      "      let x: int = 1;",
      "      break;",
      "    case 2:",
      "      x = 2;",
      "      break;",
      "  }",
      "}",
    ),
    at: [7, 7],
  },
  TypeMismatch: { files: m("function F(): void {", "  const x: int = 1.5;", "}"), at: [2, 18] },
  IntToFloatImplicit: { files: m("function F(): void {", "  const f: float = 1 + 2;", "}"), at: [2, 20] },
  MixedComparison: { files: m("function F(f: float, i: int): boolean {", "  return f > i;", "}"), at: [2, 10] },
  StringOrdering: { files: m("function F(a: string, b: string): boolean {", "  return a < b;", "}"), at: [2, 12] },
  InvalidOperands: { files: m("function F(f: float): float {", "  return f % 2.0;", "}"), at: [2, 12] },
  InvalidOperand: { files: m("function F(f: float): float {", "  return ~f;", "}"), at: [2, 10] },
  NotAnLvalue: {
    files: m("interface P { a: int; }", "function Mk(): P { return { a: 1 }; }", "function F(): void {", "  Mk().a = 3;", "}"),
    at: [4, 3],
  },
  StringConcatNonString: { files: m("function F(n: int): string {", '  return "a" + n;', "}"), at: [2, 10] },
  TemplateValue: { files: m("function F(f: float): string {", "  return `f=${f}`;", "}"), at: [2, 15] },
  ConditionType: { files: m("function F(s: string): void {", "  if (s) PrintString(s);", "}"), at: [2, 7] },
  StructEquality: {
    files: m("interface P { a: int; }", "function F(p: P, q: P): boolean {", "  return p == q;", "}"),
    at: [3, 10],
  },
  DefaultNotConstant: { files: m("let gStart: int = 4;", "function Walk(steps: int = gStart): void {}"), at: [2, 28] },
  DivisionByZero: { files: m("function F(n: int): int {", "  return n / 0;", "}"), at: [2, 14] },
  IntegerLiteralRange: { files: m("function F(): int {", "  return 2147483648;", "}"), at: [2, 10] },
  FloatLiteralRange: { files: m("function F(): float {", "  return 1e39;", "}"), at: [2, 10] },
  StringLiteralChars: { files: m("function F(): string {", '  return "a\\tb";', "}"), at: [2, 10] },
  StringLiteralLength: { files: m("function F(): string {", `  return "${"x".repeat(32768)}";`, "}"), at: [2, 10] },
  TooManyParameters: {
    files: m(`function F(${Array.from({ length: 33 }, (_, i) => `p${i}: int`).join(", ")}): void {}`),
    at: [1, 10],
  },
  MissingReturnType: { files: m("function F() {", "  return 1;", "}"), at: [1, 10] },
  MissingParameterType: { files: m("function F(a = 1): void {}"), at: [1, 12] },
  CannotInferType: { files: m("function F(): void {", "  let x;", "}"), at: [2, 7] },
  VoidValue: { files: m("function F(): void {", '  const x = PrintString("a");', "}"), at: [2, 13] },
  IncrementNonInt: { files: m("function F(f: float): void {", "  f++;", "}"), at: [2, 3] },
  CompoundAssignType: { files: m("function F(n: int): void {", "  n += 0.5;", "}"), at: [2, 3] },
  UndefinedValue: { files: m("function F(): int {", "  return Infinity;", "}"), at: [2, 10] },
  InvalidResourceName: { files: { "Bad-Name.ts": lines("export function main(): void {}") }, at: [1, 1] },
  DuplicateResourceName: {
    files: { "a/same.ts": lines("export function A(): int { return 1; }"), "b/same.ts": lines("export function B(): int { return 2; }") },
    file: "b/same.ts",
    at: [1, 1],
  },
  DuplicateGlobalName: {
    files: {
      "one.ts": lines("export function Helper(): int { return 1; }"),
      "two.ts": lines("export function Helper(): int { return 2; }"),
      "run.ts": lines('import "./one";', 'import "./two";', "export function main(): void {}"),
    },
    file: "two.ts",
    at: [1, 17],
  },
  ReservedIdentifier: { files: m("function F(): void {", "  const __x: int = 1;", "}"), at: [2, 9] },
  EntryPointSignature: { files: m("function main(): void {}"), at: [1, 10] },
  IncludeOfScript: {
    files: {
      "usescr.ts": lines('import { X } from "./scr";', "export function main(): void { X(); }"),
      "scr.ts": lines("export function main(): void {}", "export function X(): void {}"),
    },
    at: [1, 19],
  },
  ImportOutsideProject: {
    files: { "m.ts": lines('import { Helper } from "./lib";', "export function main(): void {}"), "lib.ts": lines("export function Helper(): void {}") },
    entries: ["m.ts"],
    at: [1, 24],
  },
  BothEntryPoints: {
    files: m("export function main(): void {}", "export function StartingConditional(): int { return 1; }"),
    at: [2, 17],
  },
  ModuleInitializer: {
    files: m(
      "let g: int = 0;",
      "function Next(): int { g++; return g; }",
      "function P(a: int, b: int): int { return a + b; }",
      "let h: int = P(Next(), Next());",
    ),
    at: [4, 14],
  },
  ModuleStatement: { files: m('PrintString("x");'), at: [1, 1] },
  ConstantCheckFailed: { files: m("/** @npcCheck A > 3 */", "export const A = 2;"), at: [2, 14] },
  ConstantCheckInvalid: { files: m("/** @npcCheck A > */", "export const A = 2;"), at: [2, 14] },
  CircularImport: {
    files: {
      "m.ts": lines('import { A } from "./cyc_a";', "export function main(): void { A(); }"),
      "cyc_a.ts": lines('import { B } from "./cyc_b";', "export function A(): void { B(); }"),
      "cyc_b.ts": lines('import { A } from "./cyc_a";', "export function B(): void { A(); }"),
    },
    file: "cyc_a.ts",
    at: [1, 19],
  },
};

/**
 * Codes in the table that no input can trigger: the compiler never reports them (it lowers the
 * construct instead). Listed so the coverage check can tell them from forgotten cases; the test
 * below fails as soon as the compiler reports one of them, so a case must then be written.
 */
const UNREACHABLE: Partial<Record<DiagnosticKey, string>> = {
  ForInitNotSimple: "every for initialiser is lowered: declarations and statements that cannot sit in the header run just before the loop",
  AssignmentInExpression: "an assignment used as a value is lowered to a statement followed by a read of the target",
  NotAllPathsReturn: "a non-void function that can fall off its end gets an unreachable return of a zero-valued temporary",
};

const compilerDir = path.resolve(import.meta.dirname, "../../compiler");

function compilerSources(dir = compilerDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return compilerSources(full);
    return e.name.endsWith(".ts") && !full.endsWith(path.join("diagnostics", "messages.ts")) ? [fs.readFileSync(full, "utf8")] : [];
  });
}

describe("the diagnostics table", () => {
  const keys = Object.keys(Diagnostics) as DiagnosticKey[];

  it("has a case (or a documented reason why none exists) for every code", () => {
    const missing = keys.filter((k) => !CASES[k] && !UNREACHABLE[k]);
    expect(missing).toEqual([]);
  });

  it("lists no unknown or doubly-covered code", () => {
    for (const k of [...Object.keys(CASES), ...Object.keys(UNREACHABLE)]) expect(keys).toContain(k);
    for (const k of Object.keys(UNREACHABLE)) expect(CASES[k as DiagnosticKey], k).toBeUndefined();
  });

  it("never reuses a code", () => {
    const codes = keys.map((k) => Diagnostics[k].code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("marks as unreachable only codes the compiler never reports", () => {
    const sources = compilerSources().join("\n");
    for (const k of Object.keys(UNREACHABLE)) expect(sources.includes(`"${k}"`), `${k} is reported somewhere now: write a case`).toBe(false);
  });
});

describe("one case per code", () => {
  for (const [key, c] of Object.entries(CASES) as [DiagnosticKey, Case][]) {
    const code = `NPC${Diagnostics[key].code}`;
    it(`${code} ${key}`, () => {
      const file = c.file ?? Object.keys(c.files)[0];
      const result = buildTree(c.files, c.entries);
      const shown = result.diagnostics.map(formatDiagnostic);
      const hit = result.diagnostics.find((d) => d.code === code);
      expect(hit, shown.join("\n")).toBeDefined();
      expect([hit!.file, hit!.line, hit!.col]).toEqual([file, ...c.at]);
      expect(hit!.message).not.toMatch(/\{\d\}/);
      expect(formatDiagnostic(hit!)).toBe(`${file}:${c.at[0]}:${c.at[1]} - error ${code}: ${hit!.message}`);
      // Exactly this code (plus the documented companions), and no output for the file.
      expect([...new Set(result.diagnostics.map((d) => d.code))].sort()).toEqual([code, ...(c.also ?? [])].sort());
      expect(result.files.map((f) => f.source)).not.toContain(file);
    });
  }
});

describe("reporting", () => {
  it("reports every error of a file, in source order", () => {
    const result = buildTree(
      m(
        "export function main(): void {",
        "  const a: int = 1.5;",
        '  const s: string = "a" + 1;',
        "  const f: float = 2;",
        "  if (f > a) PrintString(s);",
        "  let n: number = 3;",
        "}",
      ),
    );
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["2:18 NPC2001", "3:21 NPC2006", "5:7 NPC2003", "6:10 NPC1006"]);
    expect(result.files).toEqual([]);
  });

  it("reports TypeScript's own errors as TS<code> at their location", () => {
    const result = buildTree(m("export function main(): void {", "  const x: int = 1;", "  x = 2;", "}"));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(["m.ts:3:3 - error TS2588: Cannot assign to 'x' because it is a constant."]);
    expect(result.files).toEqual([]);
  });

  it("does not repeat a type error TypeScript already reports with an NWScript typing code", () => {
    const result = buildTree(m("export function main(): void {", '  const x: int = "a";', "}"));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["TS2322"]);
  });

  it("leaves out a file with errors and still emits its clean siblings", () => {
    const result = buildTree({
      "bad.ts": lines("export function main(): void {", "  const x: int = 1.5;", "}"),
      "good.ts": lines("export function main(): void {", '  PrintString("ok");', "}"),
    });
    expect(result.diagnostics.map((d) => d.file)).toEqual(["bad.ts"]);
    expect(result.files.map((f) => f.name)).toEqual(["good"]);
  });

  it("keeps reporting the other modules' errors when one module fails", () => {
    const result = buildTree({
      "a.ts": lines("let x: number = 1;"),
      "b.ts": lines("function F(a?: int): void {}"),
    });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(["a.ts NPC1006", "b.ts NPC1008"]);
  });

  it("reports one diagnostic per construct even when the subset check and the lowering both see it", () => {
    const result = buildTree(m("export function main(): void {", "  const f = () => 1;", "  const g = 1 >>> 2;", "}"));
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["2:13 NPC1003", "3:15 NPC1007"]);
  });

  it("reports a rejected signature at the declaration only, not again at its calls in the module", () => {
    const result = buildTree(m("let gStart: int = 4;", "function Walk(steps: int = gStart): void {}", "export function main(): void {", "  Walk();", "  Walk(2);", "}"));
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["2:28 NPC2010"]);
  });

  it("still fails a module that calls another module's rejected function", () => {
    const result = buildTree({
      "lib.ts": lines("export function Walk(steps: int = 1.5): void {}"),
      "run.ts": lines('import { Walk } from "./lib";', "export function main(): void { Walk(); }"),
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(["lib.ts:1:35 NPC2001", "run.ts:2:32 NPC2024"]);
    expect(result.files).toEqual([]);
  });
});
