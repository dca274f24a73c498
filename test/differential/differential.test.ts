// Every program of the corpus runs as TypeScript under Node (the twin) and, transpiled, as
// NWScript in the reference interpreter; both must print exactly the same, non-empty, lines.
import { resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkEmitted, compileBatch, formatDiagnostics, listPrograms, runNwscript, runTwin, type Batch } from "./harness.js";

// excluded/ holds programs that show known disagreements (see its README); run them on request.
const folders = process.env.DIFF_WITH_EXCLUDED ? ["programs", "excluded"] : ["programs"];
const programs = folders.flatMap((f) => listPrograms(resolve(import.meta.dirname, f)));

/** The seed of a program's worlds: fixed per program, different between programs. */
function seedOf(name: string): number {
  let h = 17;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

describe("differential: twin vs transpiled NWScript", () => {
  let batch: Batch;
  beforeAll(() => {
    batch = compileBatch(programs);
  });

  test("the corpus is there", () => {
    expect(programs.length).toBeGreaterThanOrEqual(150);
  });

  test.each(programs.map((p) => [p.name, p] as const))("%s", async (_name, program) => {
    const diagnostics = batch.diagnostics.get(program.name) ?? [];
    expect(formatDiagnostics(diagnostics), "the transpiler accepts the program").toBe("");
    const checked = checkEmitted(batch, program);
    expect(checked.diagnostics, `the emitted NWScript passes the front end:\n${checked.text}`).toEqual([]);
    const seed = seedOf(program.name);
    const twin = await runTwin(batch, program, seed);
    const nss = runNwscript(checked.program!, seed);
    expect(twin.length, "the program prints something").toBeGreaterThan(0);
    expect(twin, `twin vs NWScript; the NWScript was:\n${checked.text}`).toEqual(nss);
  });
});
