// `npc-build wire DIR [--dry-run] [--force]`: sets the NPC behaviour module's hook scripts on the
// creature blueprints, areas and module.ifo of a builder's GFF-as-JSON sources (docs/wiring.md).
import fs from "node:fs";
import {
  type FieldOutcome,
  type FilePlan,
  findSources,
  GffShapeError,
  JsonSyntaxError,
  lineColumn,
  type PendingWrite,
  planWiring,
  type SourceFile,
  unifiedDiff,
  unwiredPlacedCreatures,
  writeAllAtomically,
} from "../../wire/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { isDirectory } from "../fs-util.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";

export interface WireFlags {
  dryRun?: boolean;
  force?: boolean;
}

interface Planned {
  file: SourceFile;
  name: string;
  text: string;
  plan: FilePlan;
}

export function wireCommand(io: CliIO, dir: string, flags: WireFlags): ExitCode {
  const root = resolveFrom(io, dir);
  if (!isDirectory(root)) throw new UsageError(`folder not found: ${dir}`);
  const { sources, instances } = findSources(root);
  if (sources.length === 0) throw new UsageError(`no *.utc.json, *.are.json or module.ifo.json files under ${dir}`);

  const planned: Planned[] = [];
  let malformed = 0;
  for (const file of sources) {
    const name = displayPath(io, file.path);
    const text = fs.readFileSync(file.path, "utf8");
    try {
      planned.push({ file, name, text, plan: planWiring(text, file.kind, flags.force === true) });
    } catch (error) {
      if (!(error instanceof JsonSyntaxError || error instanceof GffShapeError)) throw error;
      const { line, column } = lineColumn(text, error.offset);
      const what = error instanceof JsonSyntaxError ? "invalid JSON: " : "";
      io.stderr(`${name}:${line}:${column} - error: ${what}${error.message}\n`);
      malformed++;
    }
  }

  // In file order, and within a file in text order.
  const refused = planned.flatMap((p) => byOffset(p.plan.outcomes.filter((o) => o.status === "refused")).map((o) => ({ p, o })));
  for (const { p, o } of refused) {
    io.stderr(
      `${at(p, o)} - error: ${o.hook.field} runs ${JSON.stringify(o.previous)}, not ${JSON.stringify(o.hook.script)} (--force replaces it)\n`,
    );
  }
  if (malformed > 0 || refused.length > 0) {
    const reasons = [
      ...(malformed > 0 ? [count(malformed, "malformed file")] : []),
      ...(refused.length > 0 ? [`${count(refused.length, "field")} already set to other scripts (--force replaces them)`] : []),
    ];
    io.stdout(`npc-build: nothing written: ${reasons.join(", ")}\n`);
    return ExitCode.diagnostics;
  }

  for (const p of planned) {
    for (const o of byOffset(p.plan.outcomes)) {
      if (o.status === "replaced") io.stderr(`${at(p, o)} - note: ${o.hook.field} replaced ${JSON.stringify(o.previous)} with ${JSON.stringify(o.hook.script)}\n`);
      if (o.status === "added") io.stderr(`${p.name} - note: ${o.hook.field} was missing; added with ${JSON.stringify(o.hook.script)}\n`);
    }
  }

  notePlacedCreatures(io, instances);
  const changed = planned.filter((p) => p.plan.newText !== p.text);
  if (flags.dryRun) {
    for (const p of changed) io.stdout(unifiedDiff(p.name, p.text, p.plan.edits));
  } else {
    const writes: PendingWrite[] = changed.map((p) => ({ path: p.file.path, text: p.plan.newText }));
    writeAllAtomically(writes);
  }
  io.stdout(summary(planned, changed.length, flags.dryRun === true));
  return ExitCode.ok;
}

/** Placed creatures keep their own scripts: say where wiring the blueprints does not reach. */
function notePlacedCreatures(io: CliIO, instances: readonly string[]): void {
  for (const file of instances) {
    const unwired = unwiredPlacedCreatures(fs.readFileSync(file, "utf8"));
    if (!unwired) continue;
    io.stderr(`${displayPath(io, file)} - note: ${count(unwired, "placed creature")} not wired; wire changes blueprints, not placed instances (docs/wiring.md)\n`);
  }
}

function byOffset(outcomes: readonly FieldOutcome[]): FieldOutcome[] {
  return [...outcomes].sort((a, b) => a.offset - b.offset);
}

function at(p: Planned, o: FieldOutcome): string {
  const { line, column } = lineColumn(p.text, o.offset);
  return `${p.name}:${line}:${column}`;
}

function summary(planned: readonly Planned[], changedFiles: number, dryRun: boolean): string {
  const outcomes = planned.flatMap((p) => p.plan.outcomes);
  const tally = (status: FieldOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const replaced = tally("replaced");
  const added = tally("added");
  const set = tally("set") + replaced + added;
  const details = [...(replaced > 0 ? [`${replaced} replaced`] : []), ...(added > 0 ? [`${added} added`] : [])];
  const setText = `${count(set, "field")} ${dryRun ? "would be set" : "set"}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  const files = `${changedFiles} of ${count(planned.length, "file")} ${dryRun ? "would change" : "changed"}`;
  const text = `${files}, ${setText}, ${tally("already")} already wired`;
  return dryRun ? `npc-build: dry run: ${text}; nothing written\n` : `npc-build: ${text}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
