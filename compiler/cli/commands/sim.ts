// `npc-build sim`: runs the NPC behaviour module on the engine simulator with many NPCs, areas
// and scripted player activity, checks the queue invariants after every simulated second, and
// writes a report (report.json, index.html with charts).
import { loadHooks } from "../../../tools/sim/hooks.js";
import { writeReport, summaryRows } from "../../../tools/sim/report.js";
import { simulate, type SimParams } from "../../../tools/sim/simulate.js";
import { TwinCompileError } from "../../../tools/twin/node/load.js";
import { ExitCode, UsageError } from "../errors.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";

export interface SimFlags {
  npcs?: string;
  areas?: string;
  minutes?: string;
  seed?: string;
  pcs?: string;
  report?: string;
}

export const SIM_DEFAULTS = { npcs: 200, areas: 10, minutes: 5, seed: 1, report: "sim-report" } as const;

export async function simCommand(io: CliIO, flags: SimFlags): Promise<ExitCode> {
  const params = parseParams(flags);
  const reportDir = resolveFrom(io, flags.report ?? SIM_DEFAULTS.report);
  let hooks;
  try {
    hooks = await loadHooks();
  } catch (error) {
    if (!(error instanceof TwinCompileError)) throw error;
    for (const line of error.lines) io.stderr(`${line}\n`);
    return ExitCode.diagnostics;
  }
  io.stderr(`npc-build sim: ${params.npcs} NPCs, ${params.areas} areas, ${params.pcs} PCs, ${params.minutes} min, seed ${params.seed}\n`);
  const result = simulate(params, hooks, (p) =>
    io.stderr(
      `  minute ${p.minute}/${params.minutes}: ${(p.wallMs / 1000).toFixed(1)} s wall, ${p.alive} NPCs alive, worst queue depth ${p.worstDepth}, deaths ${p.deaths}, respawns ${p.respawns}\n`,
    ),
  );
  const files = writeReport(reportDir, result);
  const worst = result.worstAreaRun;
  io.stderr(
    `npc-build sim: done, ${params.minutes} min simulated in ${(result.totalMs / 1000).toFixed(1)} s wall; ${result.violationCount} invariant violations, ${result.scriptFailures.length} script failures; ${result.alive.at(-1) ?? 0} NPCs alive; worst area tick ${worst.instructions} of ${worst.limit} instructions (${worst.npcs} NPCs)\n`,
  );
  for (const v of result.violations) io.stderr(`invariant violated at tick ${v.tick}: ${v.message}\n`);
  if (result.violationCount > result.violations.length) io.stderr(`... and ${result.violationCount - result.violations.length} more violations\n`);
  for (const f of result.scriptFailures.slice(0, 20)) io.stderr(`script failure at ${(f.timeMs / 1000).toFixed(3)} s: ${f.message}\n`);
  for (const [k, v] of summaryRows(result)) io.stdout(`${k}: ${v}\n`);
  io.stdout(`Report: ${displayPath(io, files.json)}, ${displayPath(io, files.html)}\n`);
  return result.violationCount === 0 && result.scriptFailures.length === 0 ? ExitCode.ok : ExitCode.diagnostics;
}

function parseParams(flags: SimFlags): SimParams {
  const npcs = count(flags.npcs, "--npcs", SIM_DEFAULTS.npcs, 1);
  const areas = count(flags.areas, "--areas", SIM_DEFAULTS.areas, 1);
  const minutes = count(flags.minutes, "--minutes", SIM_DEFAULTS.minutes, 1);
  const seed = count(flags.seed, "--seed", SIM_DEFAULTS.seed, 0);
  // A few PCs: one for every three areas, at least two.
  const pcs = count(flags.pcs, "--pcs", Math.max(2, Math.ceil(areas / 3)), 0);
  return { npcs, areas, minutes, seed, pcs };
}

function count(text: string | undefined, option: string, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${option} takes a whole number of at least ${min}, got "${text}"`);
  }
  return Number(text);
}
