// What one benchmark suite is. Each file in tools/bench/suites/ exports `suite`; run.ts finds them
// there, so a new benchmark is one new file.

export interface BenchContext {
  /** The repository's root folder. */
  repoRoot: string;
  /** .bench/ — scratch space and results. */
  benchDir: string;
  /** How many repetitions a suite should take where it repeats (BENCH_RUNS, default 5). */
  runs: number;
  /** Progress lines for the person watching. */
  log: (line: string) => void;
}

export interface SuiteOutcome {
  /** The claim this suite measures, in words (e.g. "build/tsc ratio of medians <= 1.5"). */
  claim: string;
  /** Whether the measured figures meet the claim. */
  holds: boolean;
  /** The measured figures, as JSON. */
  result: unknown;
}

export interface BenchSuite {
  /** Short name, used on the command line and as the key in results.json. */
  name: string;
  run(ctx: BenchContext): Promise<SuiteOutcome>;
}
