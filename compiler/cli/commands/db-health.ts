// `npc-build db health --db FILE`: reachability, read/write latency and WAL size of the NPC
// database; exit 1 once it has been unreachable longer than --max-unreachable (docs/cli.md).
import { formatHealthJson, formatHealthText } from "../../../tools/db/health-format.js";
import { runHealthCheck } from "../../../tools/db/health.js";
import { ExitCode, UsageError } from "../errors.js";
import { type CliIO, displayPath, resolveFrom } from "../io.js";

export interface DbHealthFlags {
  db: string;
  maxUnreachable?: string;
  samples?: string;
  state?: string;
  busyTimeout?: string;
  json?: boolean;
}

export const HEALTH_DEFAULTS = { maxUnreachableSec: 30, samples: 20, busyTimeoutMs: 1000 } as const;

export async function dbHealthCommand(io: CliIO, flags: DbHealthFlags): Promise<ExitCode> {
  const dbPath = resolveFrom(io, flags.db);
  const report = runHealthCheck({
    dbPath,
    statePath: flags.state === undefined ? undefined : resolveFrom(io, flags.state),
    maxUnreachableSec: numberFlag("--max-unreachable", flags.maxUnreachable, HEALTH_DEFAULTS.maxUnreachableSec, 0, 86_400, false),
    samples: numberFlag("--samples", flags.samples, HEALTH_DEFAULTS.samples, 1, 10_000, true),
    busyTimeoutMs: numberFlag("--busy-timeout", flags.busyTimeout, HEALTH_DEFAULTS.busyTimeoutMs, 0, 60_000, true),
  });
  const text = formatHealthText(report, displayPath(io, dbPath));
  if (text.stderr) io.stderr(text.stderr);
  io.stdout(flags.json ? formatHealthJson(report) : text.stdout);
  // 0 while healthy or within the threshold, 1 past it: what cron and Docker's HEALTHCHECK expect.
  return report.status === "unreachable" ? ExitCode.diagnostics : ExitCode.ok;
}

function numberFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number, integer: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const shape = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!shape.test(raw.trim()) || value < min || value > max) {
    throw new UsageError(`${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  }
  return value;
}
