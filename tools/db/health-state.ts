// What `db health` remembers between runs: a one-shot command cannot see how long the database has
// been unreachable, so each run records the last success and the first failure since it.
import fs from "node:fs";
import path from "node:path";

export interface HealthState {
  /** The last run that could read and write the database (ISO time), or null. */
  lastSuccessAt: string | null;
  /** The first failed run since the last success (ISO time), or null while healthy. */
  failingSinceAt: string | null;
  /** The last failure's message, for whoever reads the file by hand. */
  lastError: string | null;
}

export const EMPTY_STATE: HealthState = { lastSuccessAt: null, failingSinceAt: null, lastError: null };

/** The state file beside the database unless --state names another. */
export function defaultStatePath(dbPath: string): string {
  return `${dbPath}.health.json`;
}

/** Reads the state; a missing file is a first run, a malformed one is reported and treated as a first run. */
export function readState(file: string): { state: HealthState; problem?: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: EMPTY_STATE };
    return { state: EMPTY_STATE, problem: `cannot read state file: ${(error as Error).message}` };
  }
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const field = (name: string): string | null => {
      const value = parsed[name];
      if (value === null || value === undefined) return null;
      if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw new Error(`"${name}" is not a time`);
      return value;
    };
    const lastError = typeof parsed.lastError === "string" ? parsed.lastError : null;
    return { state: { lastSuccessAt: field("lastSuccessAt"), failingSinceAt: field("failingSinceAt"), lastError } };
  } catch (error) {
    return { state: EMPTY_STATE, problem: `malformed state file (ignored): ${(error as Error).message}` };
  }
}

/** Writes the state through a temporary file and a rename, so a reader never sees half a file. */
export function writeState(file: string, state: HealthState): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify({ version: 1, ...state }, null, 2) + "\n");
  try {
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

export type HealthStatus = "ok" | "degraded" | "unreachable";

export interface Verdict {
  status: HealthStatus;
  next: HealthState;
  /** When the outage began (the first failed run since the last success), if there is one. */
  unreachableSinceAt: string | null;
  /** Seconds from that first failure to now (0 for the run that found it). */
  unreachableForSec: number | null;
}

/**
 * Healthy → ok. Unreachable → the outage is timed from the first failed run after the last success
 * (not from the last success: a check that runs every minute would otherwise turn a one-second blip
 * into an alert); longer than the threshold → unreachable, otherwise degraded.
 */
export function judge(previous: HealthState, reachable: boolean, error: string | null, now: Date, maxUnreachableSec: number): Verdict {
  const nowIso = now.toISOString();
  if (reachable) {
    return { status: "ok", next: { lastSuccessAt: nowIso, failingSinceAt: null, lastError: null }, unreachableSinceAt: null, unreachableForSec: null };
  }
  const since = previous.failingSinceAt ?? nowIso;
  // A clock set back must not produce a negative outage.
  const forSec = Math.max(0, (now.getTime() - Date.parse(since)) / 1000);
  return {
    status: forSec > maxUnreachableSec ? "unreachable" : "degraded",
    next: { lastSuccessAt: previous.lastSuccessAt, failingSinceAt: since, lastError: error },
    unreachableSinceAt: since,
    unreachableForSec: Math.round(forSec * 10) / 10,
  };
}
