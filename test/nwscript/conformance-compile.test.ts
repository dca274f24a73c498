// Every case of the shared conformance corpus: compile/*.nss must get the official compiler's
// exact verdict (ok, or the same line and message), and every run/*.nss must check clean.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../tools/nwscript/index.js";

const corpus = fileURLToPath(new URL("../../../shared/nss-conformance/", import.meta.url));
const compileDir = path.join(corpus, "compile");
const runDir = path.join(corpus, "run");

function scripts(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".nss"))
    .sort();
}

function verdict(file: string, asInclude: boolean): string {
  const { diagnostics } = checkFile(file, { asInclude });
  if (diagnostics.length === 0) return "ok";
  expect(diagnostics).toHaveLength(1);
  return `error ${diagnostics[0].line} ${diagnostics[0].message}`;
}

describe("compile corpus", () => {
  it("has cases", () => {
    expect(scripts(compileDir).length).toBeGreaterThan(50);
  });
  for (const name of scripts(compileDir)) {
    it(name.replace(/\.nss$/, ""), () => {
      const expected = fs.readFileSync(path.join(compileDir, name.replace(/\.nss$/, ".expected")), "utf8").trim();
      expect(verdict(path.join(compileDir, name), name.startsWith("inc_"))).toBe(expected);
    });
  }
});

describe("run corpus checks clean", () => {
  it("has cases", () => {
    expect(scripts(runDir).length).toBeGreaterThan(50);
  });
  for (const name of scripts(runDir)) {
    it(name.replace(/\.nss$/, ""), () => {
      const result = checkFile(path.join(runDir, name));
      expect(result.diagnostics).toEqual([]);
      expect(result.program?.entryPoint).toBe("main");
    });
  }
});
