// Circuit breaker in front of the campaign database: CLOSED (writes go through), OPEN (nothing
// touches the database; changes stay queued), HALF_OPEN (after the cool-down, writes are trials:
// one failure reopens, a run of successes closes). Failures are counted in a count-based window
// of the last NPC_DB_BREAKER_WINDOW outcomes, each stamped with game time so stale ones age out.
import { NpcBehaviorMetricInc } from "../core/npc_metrics";
import { NpcBehaviorNow } from "../core/npc_clock";
import {
  NPC_DB_BREAKER_AT,
  NPC_DB_BREAKER_CLOSE_SUCCESSES,
  NPC_DB_BREAKER_CLOSED,
  NPC_DB_BREAKER_COOLDOWN_SEC,
  NPC_DB_BREAKER_FAIL,
  NPC_DB_BREAKER_FAILURE_THRESHOLD,
  NPC_DB_BREAKER_HALF_OPEN,
  NPC_DB_BREAKER_OK,
  NPC_DB_BREAKER_OPEN,
  NPC_DB_BREAKER_OUTCOME,
  NPC_DB_BREAKER_WINDOW,
  NPC_DB_BREAKER_WINDOW_SEC,
  NPC_DB_METRIC_BREAKER_CLOSED,
  NPC_DB_METRIC_BREAKER_HALF_OPENED,
  NPC_DB_METRIC_BREAKER_OPENED,
  NPC_DB_VAR_BREAKER_OPENED_AT,
  NPC_DB_VAR_BREAKER_POS,
  NPC_DB_VAR_BREAKER_STATE,
  NPC_DB_VAR_BREAKER_SUCCESSES,
} from "./npc_db_config";

/** NPC_DB_BREAKER_CLOSED, _OPEN or _HALF_OPEN. */
export function NpcDbBreakerState(): int {
  return GetLocalInt(GetModule(), NPC_DB_VAR_BREAKER_STATE);
}

function NpcDbBreakerName(nState: int): string {
  if (nState == NPC_DB_BREAKER_OPEN) return "open";
  if (nState == NPC_DB_BREAKER_HALF_OPEN) return "half-open";
  return "closed";
}

/** One transition: the state, its metric and one log line. */
function NpcDbBreakerMove(nTo: int, reason: string): void {
  const mod = GetModule();
  const from = GetLocalInt(mod, NPC_DB_VAR_BREAKER_STATE);
  SetLocalInt(mod, NPC_DB_VAR_BREAKER_STATE, nTo);
  DeleteLocalInt(mod, NPC_DB_VAR_BREAKER_SUCCESSES);
  if (nTo == NPC_DB_BREAKER_OPEN) {
    SetLocalInt(mod, NPC_DB_VAR_BREAKER_OPENED_AT, NpcBehaviorNow());
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_BREAKER_OPENED);
  } else if (nTo == NPC_DB_BREAKER_HALF_OPEN) {
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_BREAKER_HALF_OPENED);
  } else {
    NpcDbBreakerClearWindow();
    NpcBehaviorMetricInc(mod, NPC_DB_METRIC_BREAKER_CLOSED);
  }
  WriteTimestampedLogEntry("npc_db breaker " + NpcDbBreakerName(from) + " -> " + NpcDbBreakerName(nTo) + ": " + reason);
}

function NpcDbBreakerClearWindow(): void {
  const mod = GetModule();
  for (let i: int = 0; i < NPC_DB_BREAKER_WINDOW; i++) {
    DeleteLocalInt(mod, NPC_DB_BREAKER_OUTCOME + IntToString(i));
    DeleteLocalInt(mod, NPC_DB_BREAKER_AT + IntToString(i));
  }
  DeleteLocalInt(mod, NPC_DB_VAR_BREAKER_POS);
}

/** Failures among the remembered outcomes that are not older than the window's seconds. */
export function NpcDbBreakerRecentFailures(): int {
  const mod = GetModule();
  const now = NpcBehaviorNow();
  let n: int = 0;
  for (let i: int = 0; i < NPC_DB_BREAKER_WINDOW; i++) {
    const idx = IntToString(i);
    if (GetLocalInt(mod, NPC_DB_BREAKER_OUTCOME + idx) == NPC_DB_BREAKER_FAIL && now - GetLocalInt(mod, NPC_DB_BREAKER_AT + idx) <= NPC_DB_BREAKER_WINDOW_SEC) n++;
  }
  return n;
}

/**
 * TRUE when the database may be touched now. An OPEN breaker whose cool-down has passed moves to
 * HALF_OPEN here, and the caller's write is the trial.
 */
export function NpcDbBreakerAllow(): boolean {
  const state = NpcDbBreakerState();
  if (state != NPC_DB_BREAKER_OPEN) return true;
  if (NpcBehaviorNow() - GetLocalInt(GetModule(), NPC_DB_VAR_BREAKER_OPENED_AT) < NPC_DB_BREAKER_COOLDOWN_SEC) return false;
  NpcDbBreakerMove(NPC_DB_BREAKER_HALF_OPEN, "cool-down over, trial write");
  return true;
}

/** Records one database operation's outcome (error: SqlGetError's text, "" on success). */
export function NpcDbBreakerRecord(error: string): void {
  const mod = GetModule();
  const ok = error == "";
  const pos = GetLocalInt(mod, NPC_DB_VAR_BREAKER_POS);
  SetLocalInt(mod, NPC_DB_BREAKER_OUTCOME + IntToString(pos), ok ? NPC_DB_BREAKER_OK : NPC_DB_BREAKER_FAIL);
  SetLocalInt(mod, NPC_DB_BREAKER_AT + IntToString(pos), NpcBehaviorNow());
  SetLocalInt(mod, NPC_DB_VAR_BREAKER_POS, (pos + 1) % NPC_DB_BREAKER_WINDOW);
  const state = NpcDbBreakerState();
  if (state == NPC_DB_BREAKER_HALF_OPEN) {
    if (!ok) {
      NpcDbBreakerMove(NPC_DB_BREAKER_OPEN, "trial write failed: " + error);
      return;
    }
    const run = GetLocalInt(mod, NPC_DB_VAR_BREAKER_SUCCESSES) + 1;
    if (run >= NPC_DB_BREAKER_CLOSE_SUCCESSES) NpcDbBreakerMove(NPC_DB_BREAKER_CLOSED, IntToString(run) + " trial writes succeeded");
    else SetLocalInt(mod, NPC_DB_VAR_BREAKER_SUCCESSES, run);
    return;
  }
  if (state == NPC_DB_BREAKER_CLOSED && !ok) {
    const failures = NpcDbBreakerRecentFailures();
    if (failures >= NPC_DB_BREAKER_FAILURE_THRESHOLD) {
      NpcDbBreakerMove(NPC_DB_BREAKER_OPEN, IntToString(failures) + " failures in the window, last: " + error);
    }
  }
}

/** An explicit flush (admin, shutdown) is a trial: an OPEN breaker moves to HALF_OPEN now. */
export function NpcDbBreakerForceTrial(reason: string): void {
  if (NpcDbBreakerState() == NPC_DB_BREAKER_OPEN) NpcDbBreakerMove(NPC_DB_BREAKER_HALF_OPEN, reason + ", trial write");
}
