// Bad input gets one diagnostic, never an exception: mutated corpus scripts and token soup.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSource } from "../../tools/nwscript/index.js";

const corpusDir = fileURLToPath(new URL("../../../shared/nss-conformance/compile/", import.meta.url));
const corpus = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith(".nss"))
  .sort()
  .map((f) => fs.readFileSync(path.join(corpusDir, f), "latin1"));

const FRAGMENTS = [
  "{", "}", "(", ")", ";", ",", "=", "==", "+", "-", "*", "/", "%", "?", ":", "[", "]", ".", "int", "float",
  "string", "object", "vector", "struct", "S", "void", "main", "if", "else", "while", "for", "do", "switch",
  "case", "default", "break", "continue", "return", "const", "x", "1", "0", "1.0", '"s"', "PrintString",
  "DelayCommand", "#include", '"inc"', "++", "--", "!", "~", "&&", "||", ">>>", "OBJECT_SELF", "[1.0,2.0]", "\n",
];

function wellFormed(source: string): void {
  const result = checkSource(source, "fuzz.nss", { readInclude: (n) => (n === "inc" ? "int gInc;\nvoid Inc() { }\n" : undefined) });
  if (result.diagnostics.length === 0) {
    expect(result.program).toBeDefined();
    return;
  }
  expect(result.diagnostics).toHaveLength(1);
  const [d] = result.diagnostics;
  expect(Number.isInteger(d.line) && d.line >= 0).toBe(true);
  expect(d.message).toMatch(/^[A-Z][A-Z0-9 ()_#]*/);
}

describe("robustness", () => {
  it("gives a verdict for mutated corpus scripts", () => {
    const edit = fc.record({ at: fc.nat(), op: fc.constantFrom("drop", "insert", "replace"), frag: fc.constantFrom(...FRAGMENTS) });
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        const parts = corpus[which].split(/(\s+)/);
        for (const e of edits) {
          const i = e.at % parts.length;
          if (e.op === "drop") parts.splice(i, 1);
          else if (e.op === "insert") parts.splice(i, 0, ` ${e.frag} `);
          else parts[i] = e.frag;
        }
        wellFormed(parts.join(""));
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it("gives a verdict for token soup", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (frags) => wellFormed(frags.join(" "))),
      { numRuns: 300, seed: 7 },
    );
  });

  it("reports nesting too deep for the recursive parser instead of crashing", () => {
    const depth = 20000;
    const result = checkSource(`void main() { int a = ${"(".repeat(depth)}1${")".repeat(depth)}; }`, "deep.nss");
    expect(result.diagnostics).toEqual([{ file: "deep.nss", line: 0, message: "SCRIPT NESTED TOO DEEPLY TO CHECK" }]);
    expect(checkSource(`void main() { int a = ${"(".repeat(500)}1${")".repeat(500)}; }`, "ok.nss").diagnostics).toEqual([]);
  });
});
