// How a health report reads: one summary line for stdout, problem lines for stderr, or JSON.
import type { HealthReport } from "./health.js";
import type { LatencySummary } from "./health-stats.js";

export interface FormattedReport {
  stdout: string;
  stderr: string;
}

/** `shownDb` is the database path as the user should read it (relative to the working folder). */
export function formatHealthText(report: HealthReport, shownDb: string): FormattedReport {
  const problems = report.stateProblems.map((p) => `npc-build: warning: ${p}\n`);
  if (report.status === "ok") {
    const summary =
      `npc-build: db health ok: ${shownDb} (journal_mode ${report.journalMode}, WAL ${bytes(report.walBytes ?? 0)}); ` +
      `read ${latency(report.read!)}; write ${latency(report.write!)} (${report.read!.samples} samples each)\n`;
    return { stdout: summary, stderr: problems.join("") };
  }
  const why = `${report.error!.kind}: ${report.error!.message}`;
  const duration = `unreachable for ${seconds(report.unreachableForSec ?? 0)} (threshold ${seconds(report.maxUnreachableSec)})`;
  if (report.status === "degraded") {
    return {
      stdout: `npc-build: db health degraded: ${shownDb} ${duration}\n`,
      stderr: `npc-build: warning: ${shownDb} is unreachable (${why}); exit 0 until the outage is longer than ${seconds(report.maxUnreachableSec)}\n` + problems.join(""),
    };
  }
  // Reported down before the threshold: the state file could not be written (runHealthCheck).
  if (!report.outageTimed) {
    return {
      stdout: `npc-build: db health FAILED: ${shownDb} unreachable, outage cannot be timed\n`,
      stderr: `npc-build: ${shownDb} is unreachable and its outage cannot be timed without the state file: ${why}\n` + problems.join(""),
    };
  }
  return {
    stdout: `npc-build: db health FAILED: ${shownDb} ${duration}\n`,
    stderr: `npc-build: ${shownDb} has been ${duration}: ${why}\n` + problems.join(""),
  };
}

export function formatHealthJson(report: HealthReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}

function latency(l: LatencySummary): string {
  return `p50 ${l.p50Ms} ms p95 ${l.p95Ms} ms`;
}

function seconds(s: number): string {
  return `${s} s`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}
