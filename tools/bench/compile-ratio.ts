// `npc-build build` against `tsc --noEmit` on the same project, as child processes, interleaved in
// one run so that machine load affects both alike. The claim is the ratio of medians (≤ 1.5).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median, round } from "./stats.js";

export interface RatioResult {
  project: string;
  runs: number;
  buildMs: number[];
  tscMs: number[];
  buildMedianMs: number;
  tscMedianMs: number;
  ratio: number;
}

function timed(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(" ")} exited ${r.status}: ${r.stderr || r.stdout}`);
  return ms;
}

export function compileRatio(repoRoot: string, tsconfig: string, label: string, runs: number): RatioResult {
  const out = mkdtempSync(join(tmpdir(), "npc-bench-"));
  const cli = join(repoRoot, "bin", "npc-build.js");
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const buildMs: number[] = [];
  const tscMs: number[] = [];
  // One warm-up of each (file cache), then interleaved measured runs.
  timed(process.execPath, [cli, "build", "--project", tsconfig, "--out", out], repoRoot);
  timed(process.execPath, [tsc, "--noEmit", "-p", tsconfig], repoRoot);
  for (let i = 0; i < runs; i++) {
    buildMs.push(timed(process.execPath, [cli, "build", "--project", tsconfig, "--out", out], repoRoot));
    tscMs.push(timed(process.execPath, [tsc, "--noEmit", "-p", tsconfig], repoRoot));
  }
  const b = median(buildMs);
  const t = median(tscMs);
  return { project: label, runs, buildMs: buildMs.map((x) => round(x)), tscMs: tscMs.map((x) => round(x)), buildMedianMs: round(b), tscMedianMs: round(t), ratio: round(b / t, 3) };
}
