// `npm run bench [-- NAME...]`: runs every benchmark suite in tools/bench/suites/ (or the named
// ones) one after another and writes their results to .bench/results.json.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchSuite, SuiteOutcome } from "./suite.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = resolve(here, "../../..");
const benchDir = join(repoRoot, ".bench");
mkdirSync(benchDir, { recursive: true });
const log = (s: string) => process.stdout.write(s + "\n");

const suitesDir = join(here, "suites");
const suites: BenchSuite[] = [];
for (const file of readdirSync(suitesDir).filter((f) => f.endsWith(".js")).sort()) {
  suites.push(((await import(pathToFileURL(join(suitesDir, file)).href)) as { suite: BenchSuite }).suite);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !suites.some((s) => s.name === n));
if (unknown.length > 0) {
  process.stderr.write(`npm run bench: no suite named ${unknown.join(", ")} (there are: ${suites.map((s) => s.name).join(", ")})\n`);
  process.exit(2);
}

const ctx = { repoRoot, benchDir, runs: Number(process.env.BENCH_RUNS ?? 5), log };
const outcomes: Record<string, SuiteOutcome> = {};
for (const s of suites.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  log(`${s.name} …`);
  outcomes[s.name] = await s.run(ctx);
  log(`  ${outcomes[s.name].holds ? "holds" : "DOES NOT HOLD"}: ${outcomes[s.name].claim}`);
}

const file = wanted.length === 0 ? "results.json" : `results-${wanted.join("-")}.json`;
writeFileSync(join(benchDir, file), JSON.stringify({ node: process.version, cpus: cpus().length, suites: outcomes }, null, 2) + "\n");
log(`results: ${join(benchDir, file)}`);
