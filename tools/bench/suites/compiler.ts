// npc-build build against tsc --noEmit, on the repository's project and on a synthetic one.
import { join } from "node:path";
import { compileRatio } from "../compile-ratio.js";
import type { BenchSuite } from "../suite.js";
import { writeSyntheticProject } from "../synthetic.js";

export const suite: BenchSuite = {
  name: "compiler",
  async run({ repoRoot, benchDir, runs, log }) {
    const synthetic = writeSyntheticProject(join(benchDir, "synthetic"), repoRoot);
    const results = [
      compileRatio(repoRoot, join(repoRoot, "tsconfig.json"), "runtime-ts (repository)", runs),
      compileRatio(repoRoot, synthetic, "synthetic (40 includes, 10 scripts)", runs),
    ];
    for (const r of results) log(`  ${r.project}: build ${r.buildMedianMs} ms, tsc ${r.tscMedianMs} ms, ratio ${r.ratio}`);
    return { claim: "build/tsc ratio of medians <= 1.5", holds: results.every((r) => r.ratio <= 1.5), result: results };
  },
};
