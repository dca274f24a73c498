// Snapshot tests of the emitted NWScript, one folder per construct of the subset.
//
// Every test/compiler/cases/<construct>/<name>.ts is transpiled through openFiles together with
// the modules it imports (transitively), and each emitted file must equal, byte for byte, the
// <resref>.nss beside its TypeScript source. The expected files are reviewed by hand: they say what
// the TypeScript means in NWScript, they are not a recording of whatever the compiler prints.
// Each expected file must also pass the NWScript checker of tools/nwscript (the official
// compiler's rules), so a snapshot can never hold NWScript the game would reject.
//
// After an intended change of the output, rewrite the expected files and review the diff:
//   UPDATE_SNAPSHOTS=1 npx vitest run test/compiler/snapshots.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, openFiles } from "../../compiler/index.js";
import { checkFile } from "../../tools/nwscript/index.js";
import { casesDir, snapshotCases } from "./helpers.js";

const update = process.env.UPDATE_SNAPSHOTS === "1";
const cases = snapshotCases();

describe("snapshot cases", () => {
  it("exist for every construct folder", () => {
    const folders = fs.readdirSync(casesDir).filter((f) => fs.statSync(path.join(casesDir, f)).isDirectory());
    expect(folders.length).toBeGreaterThan(20);
    for (const folder of folders) expect(cases.some((c) => c.construct === folder), `${folder} has no case`).toBe(true);
  });

  it("have no expected file without its TypeScript source", () => {
    const orphans: string[] = [];
    for (const folder of fs.readdirSync(casesDir)) {
      const dir = path.join(casesDir, folder);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".nss"))) {
        if (!fs.existsSync(path.join(dir, f.replace(/\.nss$/, ".ts")))) orphans.push(`${folder}/${f}`);
      }
    }
    expect(orphans).toEqual([]);
  });
});

for (const c of cases) {
  describe(`${c.construct}/${c.name}`, () => {
    const result = openFiles(c.modules).build();
    const dir = path.dirname(c.modules[0]);

    it("transpiles without diagnostics", () => {
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(result.files.map((f) => f.name).sort()).toEqual(c.modules.map((m) => path.basename(m, ".ts")).sort());
    });

    for (const file of result.files) {
      const expectedPath = path.join(dir, `${file.name}.nss`);

      it(`emits ${file.name}.nss as expected`, () => {
        if (update) fs.writeFileSync(expectedPath, file.text);
        expect(fs.existsSync(expectedPath), `${expectedPath} is missing (run with UPDATE_SNAPSHOTS=1, then review it)`).toBe(true);
        expect(file.text).toBe(fs.readFileSync(expectedPath, "utf8"));
      });

      it(`expects ${file.name}.nss that the NWScript checker accepts`, () => {
        const { diagnostics } = checkFile(expectedPath, { includeDirs: [dir], asInclude: file.kind === "include" });
        expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.line}: ${d.message}`)).toEqual([]);
      });
    }
  });
}
