// Every run case of the conformance corpus: checked by the front end, interpreted in a fresh
// engine simulator (main, then every queued command), printed lines compared with the output the
// real VM produced.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { runNss } from "../../tools/nwscript/interp/index.js";

const RUN_DIR = path.resolve(import.meta.dirname, "../../../shared/nss-conformance/run");
const cases = fs
  .readdirSync(RUN_DIR)
  .filter((f) => f.endsWith(".nss"))
  .sort()
  .map((f) => f.slice(0, -4));

function expectedLines(name: string): string[] {
  const text = fs.readFileSync(path.join(RUN_DIR, `${name}.expected`), "utf8");
  // Every printed line ends with a newline.
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

describe("conformance run corpus", () => {
  test("the corpus is there", () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  test.each(cases)("%s", (name) => {
    const world = new World();
    const result = runNss(path.join(RUN_DIR, `${name}.nss`), { host: world });
    expect(result.failures).toEqual([]);
    expect(result.printed).toEqual(expectedLines(name));
  });
});
