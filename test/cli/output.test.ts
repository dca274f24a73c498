import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EmittedFile } from "../../compiler/index.js";
import { GENERATED_HEADER, writeEmittedFiles } from "../../compiler/cli/output.js";
import { tempDir, writeTree } from "./helpers.js";

function emitted(name: string, body: string): EmittedFile {
  return { name, source: `src/${name}.ts`, kind: "include", text: `${GENERATED_HEADER} from src/${name}.ts. Do not edit.\n${body}\n` };
}

const past = new Date("2001-02-03T04:05:06Z");

describe("writing emitted files", () => {
  it("creates the folder and writes <name>.nss", () => {
    const out = path.join(tempDir(), "deep", "out");
    const report = writeEmittedFiles(out, [emitted("a", "int A = 1;"), emitted("b_2", "int B = 2;")], { removeStale: true });
    expect(fs.readdirSync(out).sort()).toEqual(["a.nss", "b_2.nss"]);
    expect(fs.readFileSync(path.join(out, "a.nss"), "utf8")).toContain("int A = 1;");
    expect(report.changed).toBe(2);
    expect(report.paths).toEqual([path.join(out, "a.nss"), path.join(out, "b_2.nss")]);
  });

  it("does not rewrite a file whose text is unchanged, so its timestamp stays", () => {
    const out = tempDir();
    writeEmittedFiles(out, [emitted("a", "int A = 1;"), emitted("b", "int B = 2;")], { removeStale: true });
    for (const f of ["a.nss", "b.nss"]) fs.utimesSync(path.join(out, f), past, past);
    const report = writeEmittedFiles(out, [emitted("a", "int A = 1;"), emitted("b", "int B = 3;")], { removeStale: true });
    expect(report.changed).toBe(1);
    expect(fs.statSync(path.join(out, "a.nss")).mtime.getTime()).toBe(past.getTime());
    expect(fs.statSync(path.join(out, "b.nss")).mtime.getTime()).not.toBe(past.getTime());
    expect(fs.readFileSync(path.join(out, "b.nss"), "utf8")).toContain("int B = 3;");
  });

  it("removes stale generated files only when asked (clean builds)", () => {
    const out = tempDir();
    writeEmittedFiles(out, [emitted("old", "int O;"), emitted("keep", "int K;")], { removeStale: true });
    const dirty = writeEmittedFiles(out, [emitted("keep", "int K;")], { removeStale: false });
    expect(dirty.removed).toEqual([]);
    expect(fs.existsSync(path.join(out, "old.nss"))).toBe(true);
    const clean = writeEmittedFiles(out, [emitted("keep", "int K;")], { removeStale: true });
    expect(clean.removed).toEqual([path.join(out, "old.nss")]);
    expect(fs.readdirSync(out)).toEqual(["keep.nss"]);
  });

  it("never touches files it did not generate", () => {
    const out = tempDir();
    writeTree(out, {
      "handwritten.nss": "// my own script\nvoid main() {}\n",
      "notes.txt": `${GENERATED_HEADER} but not an .nss file\n`,
      "header_later.nss": `\n${GENERATED_HEADER}\n`,
      "sub/nested.nss": `${GENERATED_HEADER}\n`,
      "empty.nss": "",
    });
    const report = writeEmittedFiles(out, [emitted("a", "int A;")], { removeStale: true });
    expect(report.removed).toEqual([]);
    expect(fs.readdirSync(out).sort()).toEqual(["a.nss", "empty.nss", "handwritten.nss", "header_later.nss", "notes.txt", "sub"]);
    expect(fs.existsSync(path.join(out, "sub/nested.nss"))).toBe(true);
  });

  it("refuses resource names that could escape the folder, and duplicates", () => {
    const out = tempDir();
    expect(() => writeEmittedFiles(out, [emitted("../evil", "")], { removeStale: false })).toThrow(/invalid resource name/);
    expect(() => writeEmittedFiles(out, [emitted("a", "1"), emitted("a", "2")], { removeStale: false })).toThrow(/twice/);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
