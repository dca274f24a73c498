// Shared helpers for the engine simulator tests.
import fs from "node:fs";
import path from "node:path";
import { World } from "../../tools/twin/engine/index.js";
import type { NwValue } from "../../tools/twin/values.js";

export const CORPUS_RUN = path.resolve(import.meta.dirname, "../../../shared/nss-conformance/run");

/** The lines of a run case's .expected file. */
export function expectedLines(name: string): string[] {
  const text = fs.readFileSync(path.join(CORPUS_RUN, `${name}.expected`), "latin1");
  return text.split("\n").slice(0, -1);
}

/** Calls an engine function of `w` by name. */
export function call(w: World, name: string, ...args: NwValue[]): NwValue | undefined {
  return w.engineFunction(name)(args);
}

/** An action that runs a JS callback (what an interpreter would build for a deferred call). */
export const act = (run: () => void) => ({ run });
