// Shared by the transpiler tests: where the snapshot cases live, temp folders, and building a set
// of in-memory modules from disk through the public API (openFiles).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openFiles, type BuildResult } from "../../compiler/index.js";

export const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "cases");

export function tempDir(prefix = "npc-compiler-"): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes files (relative path → text) under dir, creating folders; returns their absolute paths. */
export function writeTree(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([rel, text]) => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  });
}

/**
 * Builds modules written to a fresh temp folder, with that folder as the working directory so
 * diagnostics name files relative to it (as the CLI shows them). `entries` are the files handed to
 * openFiles (default: all of them).
 */
export function buildTree(files: Record<string, string>, entries = Object.keys(files)): BuildResult & { dir: string } {
  const dir = tempDir();
  writeTree(dir, files);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { ...openFiles(entries.map((e) => path.join(dir, e))).build(), dir };
  } finally {
    process.chdir(cwd);
  }
}

/** The lines of a module, joined: keeps line numbers of a test's source easy to read. */
export function lines(...text: string[]): string {
  return text.join("\n") + "\n";
}

/** One snapshot case: a fixture module and the subset modules it imports, transitively. */
export interface SnapshotCase {
  construct: string;
  name: string;
  /** Absolute paths of the fixture and of every module it imports (same folder). */
  modules: string[];
}

export function snapshotCases(): SnapshotCase[] {
  const out: SnapshotCase[] = [];
  for (const construct of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, construct);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
      out.push({ construct, name: file.replace(/\.ts$/, ""), modules: importClosure(path.join(dir, file)) });
    }
  }
  return out;
}

/** The module and the relative imports it makes, followed transitively, sorted. */
function importClosure(file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)) visit(path.resolve(path.dirname(f), m[1].replace(/(\.js)?$/, ".ts")));
  };
  visit(file);
  return [...seen].sort();
}
