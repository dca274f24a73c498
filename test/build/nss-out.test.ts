// The committed nss-out/ must be exactly what `npc-build build` emits from runtime-ts/.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openProject } from "../../compiler/index.js";

const root = resolve(import.meta.dirname, "../..");
const outDir = join(root, "nss-out");

describe("committed nss-out/", () => {
  const result = openProject({ tsconfigPath: join(root, "tsconfig.json"), rootDir: join(root, "runtime-ts") }).build();

  it("builds without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.files.length).toBeGreaterThan(0);
  });

  it("matches the build output file by file (run `make build` when this fails)", () => {
    const committed = readdirSync(outDir).filter((f) => f.endsWith(".nss")).sort();
    expect(committed).toEqual(result.files.map((f) => `${f.name}.nss`).sort());
    for (const f of result.files) {
      expect(readFileSync(join(outDir, `${f.name}.nss`), "utf8"), `${f.name}.nss is stale`).toBe(f.text);
    }
  });

  it("uses only valid NWN resource names", () => {
    for (const f of result.files) expect(f.name).toMatch(/^[a-z0-9_]{1,16}$/);
  });
});
