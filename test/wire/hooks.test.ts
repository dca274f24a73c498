// The scripts wire names must be the hook scripts the NPC behaviour module actually ships.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCE_KINDS } from "../../compiler/wire/hooks.js";

const HOOKS_DIR = path.join(import.meta.dirname, "../../runtime-ts/hooks");

describe("hook table", () => {
  it("names only modules of runtime-ts/hooks, each with a main", () => {
    const scripts = SOURCE_KINDS.flatMap((k) => k.fields.map((f) => f.script)).sort();
    const shipped = fs.readdirSync(HOOKS_DIR).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
    for (const script of scripts) expect(shipped).toContain(script);
    for (const script of scripts) expect(fs.readFileSync(path.join(HOOKS_DIR, `${script}.ts`), "utf8")).toMatch(/export function main\s*\(/);
  });

  it("uses resref-sized names (16 characters at most) and no field twice", () => {
    for (const kind of SOURCE_KINDS) {
      expect(new Set(kind.fields.map((f) => f.field)).size).toBe(kind.fields.length);
      for (const f of kind.fields) expect(f.script.length).toBeLessThanOrEqual(16);
    }
  });
});
