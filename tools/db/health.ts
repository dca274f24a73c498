// `npc-build db health`: probe the database, compare with the recorded state, decide and record.
// The CLI (compiler/cli/commands/db-health.ts) only parses flags and prints the report.
import { type ProbeFailureKind, probeDatabase } from "./health-probe.js";
import { type LatencySummary } from "./health-stats.js";
import { defaultStatePath, type HealthStatus, judge, readState, writeState } from "./health-state.js";

export interface HealthCheckOptions {
  dbPath: string;
  /** Defaults to `<db>.health.json`. */
  statePath?: string;
  samples: number;
  maxUnreachableSec: number;
  busyTimeoutMs: number;
  /** The wall clock; injectable so tests can move time. */
  now?: () => Date;
  /** Monotonic milliseconds for the latency samples; injectable for tests. */
  timer?: () => number;
}

export interface HealthReport {
  status: HealthStatus;
  db: string;
  checkedAt: string;
  maxUnreachableSec: number;
  reachable: boolean;
  journalMode: string | null;
  walBytes: number | null;
  read: LatencySummary | null;
  write: LatencySummary | null;
  error: { kind: ProbeFailureKind; message: string } | null;
  lastSuccessAt: string | null;
  unreachableSinceAt: string | null;
  unreachableForSec: number | null;
  /** False when an outage within the threshold could not be recorded (the state file is not writable), so it is reported down at once. */
  outageTimed: boolean;
  stateFile: string;
  /** Problems with the state file itself (unreadable, malformed, not writable); the check still ran. */
  stateProblems: string[];
}

export function runHealthCheck(options: HealthCheckOptions): HealthReport {
  const now = (options.now ?? (() => new Date()))();
  const stateFile = options.statePath ?? defaultStatePath(options.dbPath);
  const stateProblems: string[] = [];
  const { state, problem } = readState(stateFile);
  if (problem) stateProblems.push(problem);

  const probe = probeDatabase(options.dbPath, { samples: options.samples, busyTimeoutMs: options.busyTimeoutMs, timer: options.timer });
  const error = probe.reachable ? null : { kind: probe.kind, message: probe.message };
  const verdict = judge(state, probe.reachable, error && `${error.kind}: ${error.message}`, now, options.maxUnreachableSec);

  let status = verdict.status;
  let outageTimed = true;
  try {
    writeState(stateFile, verdict.next);
  } catch (e) {
    stateProblems.push(`cannot write state file: ${(e as Error).message}`);
    // Without a record the outage can never be timed, so the threshold could never be crossed:
    // an unreachable database whose outage cannot be recorded is reported as down at once.
    if (status === "degraded") {
      outageTimed = false;
      status = "unreachable";
    }
  }

  return {
    status,
    db: options.dbPath,
    checkedAt: now.toISOString(),
    maxUnreachableSec: options.maxUnreachableSec,
    reachable: probe.reachable,
    journalMode: probe.reachable ? probe.journalMode : null,
    walBytes: probe.reachable ? probe.walBytes : null,
    read: probe.reachable ? probe.read : null,
    write: probe.reachable ? probe.write : null,
    error,
    lastSuccessAt: verdict.next.lastSuccessAt,
    unreachableSinceAt: verdict.unreachableSinceAt,
    unreachableForSec: verdict.unreachableForSec,
    outageTimed,
    stateFile,
    stateProblems,
  };
}
