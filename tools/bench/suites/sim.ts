// npc-build sim at the scale (2,000 NPCs, 50 areas, 60 simulated minutes), the whole CLI
// run as a user starts it (hooks compiled, report written), timed from outside.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchSuite } from "../suite.js";

const ARGS = ["--npcs", "2000", "--areas", "50", "--minutes", "60", "--seed", "1"];
const LIMIT_MS = 60_000;

export const suite: BenchSuite = {
  name: "sim",
  async run({ repoRoot, benchDir, runs, log }) {
    const reportDir = join(benchDir, "sim");
    const results: { wallMs: number; exitCode: number | null; violations: number; scriptFailures: number }[] = [];
    // A run takes about half a minute: two are enough to see the spread.
    for (let i = 0; i < Math.min(runs, 2); i++) {
      const start = performance.now();
      const res = spawnSync(process.execPath, [join(repoRoot, "bin", "npc-build.js"), "sim", ...ARGS, "--report", reportDir], { cwd: repoRoot, encoding: "utf8" });
      const wallMs = Math.round(performance.now() - start);
      const report = JSON.parse(readFileSync(join(reportDir, "report.json"), "utf8")) as { violationCount: number; scriptFailures: unknown[] };
      results.push({ wallMs, exitCode: res.status, violations: report.violationCount, scriptFailures: report.scriptFailures.length });
      log(`  run ${i + 1}: ${(wallMs / 1000).toFixed(1)} s wall, exit ${res.status}, ${report.violationCount} violations, ${report.scriptFailures.length} script failures`);
    }
    return {
      claim: `npc-build sim ${ARGS.join(" ")}: every run <= ${LIMIT_MS / 1000} s wall, exit 0, no violation, no script failure`,
      holds: results.every((r) => r.wallMs <= LIMIT_MS && r.exitCode === 0 && r.violations === 0 && r.scriptFailures === 0),
      result: results,
    };
  },
};
