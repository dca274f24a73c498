// npc-build watch: one-file change to re-emitted output on the synthetic project.
import { join } from "node:path";
import type { BenchSuite } from "../suite.js";
import { writeSyntheticProject } from "../synthetic.js";
import { watchLatency } from "../watch-latency.js";

export const suite: BenchSuite = {
  name: "watch",
  async run({ repoRoot, benchDir, runs, log }) {
    const synthetic = writeSyntheticProject(join(benchDir, "synthetic"), repoRoot);
    const result = await watchLatency(synthetic, "src/lib_3.ts", "synthetic (40 includes, 10 scripts)", runs);
    log(`  median ${result.medianMs} ms, max ${result.maxMs} ms over ${result.edits} edits`);
    return { claim: "one-file change re-emitted in < 1000 ms", holds: result.maxMs < 1000, result };
  },
};
