// `npm run bench`: runs every benchmark and writes JSON results to .bench/results.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRatio } from "./compile-ratio.js";
import { writeSyntheticProject } from "./synthetic.js";
import { watchLatency } from "./watch-latency.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../../..");
const benchDir = join(repoRoot, ".bench");
mkdirSync(benchDir, { recursive: true });
const runs = Number(process.env.BENCH_RUNS ?? 5);

const synthetic = writeSyntheticProject(join(benchDir, "synthetic"), repoRoot);
const log = (s: string) => process.stdout.write(s + "\n");

log("compiler: npc-build build vs tsc --noEmit …");
const ratios = [
  compileRatio(repoRoot, join(repoRoot, "tsconfig.json"), "runtime-ts (repository)", runs),
  compileRatio(repoRoot, synthetic, "synthetic (40 includes, 10 scripts)", runs),
];
for (const r of ratios) log(`  ${r.project}: build ${r.buildMedianMs} ms, tsc ${r.tscMedianMs} ms, ratio ${r.ratio}`);

log("watch: one-file change to re-emitted output …");
const watch = await watchLatency(synthetic, "src/lib_3.ts", "synthetic (40 includes, 10 scripts)", runs);
log(`  median ${watch.medianMs} ms, max ${watch.maxMs} ms over ${watch.edits} edits`);

const results = {
  node: process.version,
  cpus: cpus().length,
  compiler: { claim: "build/tsc ratio of medians <= 1.5", results: ratios },
  watch: { claim: "one-file change re-emitted in < 1000 ms", result: watch },
};
writeFileSync(join(benchDir, "results.json"), JSON.stringify(results, null, 2) + "\n");
log(`results: ${join(benchDir, "results.json")}`);
