// The area controller's and presence policy's tunables carry @npcCheck relations, so a build
// setting that would break them (a cold period of 0 divides by zero in every area tick) is
// refused: the relations hold for the defaults and fail for the values they exist to refuse.
import fs from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { checksOf, evaluateCheck } from "../../compiler/lower/const-checks.js";
import type { Const } from "../../compiler/lower/fold.js";

/** Each exported const of the file: its default value and its @npcCheck expressions. */
function consts(file: string): Map<string, { value: Const; checks: string[] }> {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, { value: Const; checks: string[] }>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (!ts.isIdentifier(d.name) || !init || !ts.isNumericLiteral(init)) continue;
      const isFloat = d.type?.getText(sf) === "float";
      out.set(d.name.text, { value: { type: isFloat ? "float" : "int", value: Number(init.text) }, checks: checksOf(sf, st) });
    }
  }
  return out;
}

function holds(file: string, name: string, value: number): boolean {
  const all = consts(file);
  const values = new Map([...all].map(([k, v]) => [k, k === name ? { ...v.value, value } : v.value]));
  return all.get(name)!.checks.every((c) => evaluateCheck(c, values).ok);
}

describe("@npcCheck on the area controller's and presence policy's tunables", () => {
  const presence = "runtime-ts/core/npc_presence.ts";
  const area = "runtime-ts/core/npc_area.ts";
  it.each([
    [presence, "NPC_PRESENCE_COLD_EVERY_TICKS", 4, 0],
    [presence, "NPC_PRESENCE_HOT_PENDING_MIN", 1, 0],
    [presence, "NPC_PRESENCE_HOT_DISTANCE", 40, 0],
    [area, "NPC_AREA_TICK_INTERVAL_SEC", 1, 0],
  ])("%s %s: default %d holds, %d is refused", (file, name, good, bad) => {
    expect(consts(file).get(name)!.checks.length).toBeGreaterThan(0);
    expect(holds(file, name, good)).toBe(true);
    expect(holds(file, name, bad)).toBe(false);
  });
});
