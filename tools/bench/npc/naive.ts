// Materialises the naive always-on heartbeat (naive/npc_naive_hb.ts.src) under .bench/npc/: as a
// subset .ts module for the twin and, transpiled by npc-build, as NWScript for the interpreter.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { openFiles } from "../../../compiler/index.js";

export const NAIVE_SCRIPT = "npc_naive_hb";

export interface NaiveBaseline {
  /** The subset module (a .ts file under .bench/npc/src). */
  tsFile: string;
  /** Folder holding npc_naive_hb.nss (it includes nss-out's scripts). */
  nssDir: string;
}

/** The source kept in the repository (not copied to dist/ by the tool build). */
function sourceText(repoRoot: string): string {
  return readFileSync(join(repoRoot, "tools", "bench", "npc", "naive", `${NAIVE_SCRIPT}.ts.src`), "utf8");
}

function subsetModules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(dir, f));
}

export function materialiseNaive(repoRoot: string, benchDir: string): NaiveBaseline {
  const srcDir = join(benchDir, "npc", "src");
  const nssDir = join(benchDir, "npc", "nss");
  mkdirSync(srcDir, { recursive: true });
  mkdirSync(nssDir, { recursive: true });
  const core = relative(srcDir, join(repoRoot, "runtime-ts", "core")).split("\\").join("/");
  const tsFile = join(srcDir, `${NAIVE_SCRIPT}.ts`);
  writeFileSync(tsFile, sourceText(repoRoot).split("@CORE@").join(core));
  // Every subset module is part of the program (they are emitted too; only ours is kept).
  const built = openFiles([tsFile, ...subsetModules(join(repoRoot, "runtime-ts"))]).build();
  if (built.diagnostics.length > 0) {
    throw new Error(`naive baseline does not build:\n${built.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n")}`);
  }
  const file = built.files.find((f) => f.name === NAIVE_SCRIPT);
  if (!file) throw new Error(`naive baseline: npc-build emitted no ${NAIVE_SCRIPT}.nss`);
  writeFileSync(join(nssDir, `${NAIVE_SCRIPT}.nss`), file.text);
  return { tsFile, nssDir };
}
