// Property-based differential tests: random subset programs (typed expressions over ints, floats
// and strings, statements, helpers with side effects) must print the same under the twin and,
// transpiled, in the reference interpreter. The programs come from a fixed seed and are
// compiled in one batch; a failing one is shrunk (program by program) to a small readable case.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { programArb, type ProgramKind } from "./gen/programs.js";
import { compare, compileBatch, programAt, type Batch, type Comparison } from "./harness.js";

// Fixed for reproducible CI runs; DIFF_PROP_SEED / DIFF_PROP_RUNS explore further by hand.
const SEED = Number(process.env.DIFF_PROP_SEED ?? 20240611);
const PER_KIND = Number(process.env.DIFF_PROP_RUNS ?? 40);
const RUNS: Record<ProgramKind, number> = { expressions: PER_KIND, statements: PER_KIND };
const WORLD_SEED = 5;

const dir = mkdtempSync(join(tmpdir(), "npc-diff-prop-"));
const cases = (Object.keys(RUNS) as ProgramKind[]).flatMap((kind) =>
  fc.sample(programArb(kind), { seed: SEED, numRuns: RUNS[kind] }).map((text, index) => {
    const path = join(dir, `p${kind[0]}_${index}.ts`);
    writeFileSync(path, text);
    return { kind, index, text, program: programAt(path) };
  }),
);

let shrinkCount = 0;

/** Compiles and compares one program on its own (used while shrinking). */
async function compareAlone(text: string): Promise<Comparison> {
  const path = join(dir, `shrink_${shrinkCount++}.ts`);
  writeFileSync(path, text);
  const program = programAt(path);
  return compare(compileBatch([program]), program, WORLD_SEED);
}

/** The smallest failing program fast-check finds from the failing run, with its outputs. */
async function shrink(kind: ProgramKind, index: number): Promise<string> {
  let last: { text: string; result: Comparison } | undefined;
  const details = await fc.check(
    fc.asyncProperty(programArb(kind), async (text) => {
      const result = await compareAlone(text);
      if (result.failure) last = { text, result };
      return !result.failure;
    }),
    { seed: SEED, numRuns: RUNS[kind], path: String(index), interruptAfterTimeLimit: 90_000 },
  );
  if (!last) return "(the failure did not reproduce when the program was compiled alone)";
  return describeFailure(details.counterexample ? String(details.counterexample[0]) : last.text, last.result);
}

function describeFailure(text: string, r: Comparison): string {
  return [r.failure, "--- program", text, "--- twin", ...r.twin, "--- NWScript", ...r.nss, "--- emitted NWScript", r.nssText].join("\n");
}

describe("property: random programs, twin vs transpiled NWScript", () => {
  let batch: Batch;
  beforeAll(() => {
    batch = compileBatch(cases.map((c) => c.program));
  }, 600_000); // DIFF_PROP_RUNS in the hundreds compiles for minutes
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map((c) => [`${c.kind} #${c.index}`, c] as const))("%s", async (_name, c) => {
    const result = await compare(batch, c.program, WORLD_SEED);
    if (result.failure) {
      const shrunk = await shrink(c.kind, c.index);
      expect.fail(`${describeFailure(c.text, result)}\n\n=== shrunk ===\n${shrunk}`);
    }
    expect(result.twin).toEqual(result.nss);
  });
});
