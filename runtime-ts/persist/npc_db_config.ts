// Tunables, local names and metric keys of the write-behind writer and its circuit breaker:
// one place, so a name is never spelled twice (docs/persistence.md explains each figure).

/** The campaign database (contract: <server>/database/npc_state.sqlite3). */
export const NPC_DB_NAME = "npc_state";

// Queue and batches.
/** Pending-write slots on the module (one per dirty NPC; coalesced); a full queue drains in one run. */
export const NPC_DB_QUEUE_CAPACITY = 1024;
/** Rows per batch transaction: far below the instruction limit (docs/persistence.md). */
export const NPC_DB_BATCH_SIZE = 256;
/** A queue this deep is flushed right after the current script (flush by size). */
export const NPC_DB_FLUSH_THRESHOLD = 256;
/** Seconds between two runs of the flush loop (flush by interval). */
export const NPC_DB_FLUSH_INTERVAL_SEC: float = 5.0;
/** Seconds between loop iterations while a deferred backlog is re-queued (breaker closed). */
export const NPC_DB_CATCH_UP_SEC: float = 0.5;
/** Batches one drain run may write (shutdown, admin flush): capacity / batch + 1 (docs/persistence.md). */
export const NPC_DB_DRAIN_MAX_BATCHES = 5;
/** Creatures the boot's restore pass visits (and reads) per script run. */
export const NPC_DB_RESTORE_PER_RUN = 64;
/** Creatures the deferred sweep may visit in one run. */
export const NPC_DB_SWEEP_MAX_OBJECTS = 1024;
/** Deferred changes one sweep may re-queue. */
export const NPC_DB_SWEEP_MAX_REQUEUE = 256;

// Circuit breaker.
/** Outcomes remembered (count-based window). */
export const NPC_DB_BREAKER_WINDOW = 10;
/** Failures within the window (and within NPC_DB_BREAKER_WINDOW_SEC) that open the breaker. */
export const NPC_DB_BREAKER_FAILURE_THRESHOLD = 3;
/** A failure older than this many game seconds no longer counts. */
export const NPC_DB_BREAKER_WINDOW_SEC = 120;
/** Game seconds the breaker stays open before one trial write. */
export const NPC_DB_BREAKER_COOLDOWN_SEC = 30;
/** Successful writes in a row, while half-open, that close it. */
export const NPC_DB_BREAKER_CLOSE_SUCCESSES = 2;

export const NPC_DB_BREAKER_CLOSED = 0;
export const NPC_DB_BREAKER_OPEN = 1;
export const NPC_DB_BREAKER_HALF_OPEN = 2;

// NPC locals.
/** Designer-set stable id of an NPC (else its UUID). */
export const NPC_DB_VAR_NPC_ID = "npc_id";
/** The NPC's queue slot + 1 (0: none); checked against the slot's owner before use. */
export const NPC_DB_VAR_SLOT = "npc_db_slot";
/** TRUE: a change could not be queued (queue full, breaker open); it is re-queued later. */
export const NPC_DB_VAR_DEFERRED = "npc_db_deferred";
/** The alive flag of the deferred change. */
export const NPC_DB_VAR_DEFERRED_ALIVE = "npc_db_deferred_alive";

// Module locals: the queue (a ring of slots).
export const NPC_DB_VAR_HEAD = "npc_db_q_head";
export const NPC_DB_VAR_COUNT = "npc_db_q_count";
/** Prefix + slot: snapshot fields and the owner object. */
export const NPC_DB_SLOT_OWNER = "npc_db_q_owner_";
export const NPC_DB_SLOT_ID = "npc_db_q_id_";
export const NPC_DB_SLOT_AREA = "npc_db_q_area_";
export const NPC_DB_SLOT_TEMPLATE = "npc_db_q_tpl_";
export const NPC_DB_SLOT_STATE = "npc_db_q_state_";
export const NPC_DB_SLOT_SINCE = "npc_db_q_since_";
export const NPC_DB_SLOT_ALIVE = "npc_db_q_alive_";
/** NPCs holding a deferred change (re-queued by heartbeats and the sweep). */
export const NPC_DB_VAR_DEFERRED_PENDING = "npc_db_deferred_pending";
/** TRUE once module load ran the migrations: restores may read from then on. */
export const NPC_DB_VAR_MIGRATED = "npc_db_migrated";
/** TRUE once the boot's restore pass is over: writes may start (never before a row was read). */
export const NPC_DB_VAR_READY = "npc_db_ready";
/** TRUE on an NPC whose row was read (at spawn, or by the boot's restore pass). */
export const NPC_DB_VAR_RESTORED = "npc_db_restored";
/** TRUE when an NPC initialised before module load (its restore is the boot's job). */
export const NPC_DB_VAR_RESTORE_DUE = "npc_db_restore_due";
/** The boot's restore pass: area ordinal and creatures of it already visited. */
export const NPC_DB_VAR_RESTORE_AREA = "npc_db_restore_area";
export const NPC_DB_VAR_RESTORE_SKIP = "npc_db_restore_skip";
/** The deferred sweep's cursor (area ordinal, creatures visited in it) and its cycle's counts. */
export const NPC_DB_VAR_SWEEP_AREA = "npc_db_sweep_area";
export const NPC_DB_VAR_SWEEP_SKIP = "npc_db_sweep_skip";
export const NPC_DB_VAR_SWEEP_FOUND = "npc_db_sweep_found";
export const NPC_DB_VAR_SWEEP_CYCLE_PENDING = "npc_db_sweep_cycle_pending";
export const NPC_DB_VAR_LOOP_RUNNING = "npc_db_loop_running";
export const NPC_DB_VAR_DRAIN_SCHEDULED = "npc_db_drain_scheduled";
/** Last SQL error the writer saw (for admins). */
export const NPC_DB_VAR_LAST_ERROR = "npc_db_last_error";

// Module locals: the breaker.
export const NPC_DB_VAR_BREAKER_STATE = "npc_db_breaker_state";
export const NPC_DB_VAR_BREAKER_OPENED_AT = "npc_db_breaker_opened_at";
export const NPC_DB_VAR_BREAKER_SUCCESSES = "npc_db_breaker_successes";
export const NPC_DB_VAR_BREAKER_POS = "npc_db_breaker_pos";
/** Prefix + window index: outcome (1 success, 2 failure, 0 none) and its game-time stamp. */
export const NPC_DB_BREAKER_OUTCOME = "npc_db_breaker_out_";
export const NPC_DB_BREAKER_AT = "npc_db_breaker_at_";
export const NPC_DB_BREAKER_OK = 1;
export const NPC_DB_BREAKER_FAIL = 2;

// Metric keys (on the module; docs/persistence.md lists them).
export const NPC_DB_METRIC_MARKED = "npc_db_metric_marked_count";
export const NPC_DB_METRIC_COALESCED = "npc_db_metric_coalesced_count";
export const NPC_DB_METRIC_WRITTEN = "npc_db_metric_written_count";
export const NPC_DB_METRIC_BATCHES = "npc_db_metric_batch_count";
export const NPC_DB_METRIC_BATCH_FAILED = "npc_db_metric_batch_failed_count";
export const NPC_DB_METRIC_QUEUE_FULL = "npc_db_metric_queue_full_count";
export const NPC_DB_METRIC_QUEUE_FULL_FLUSH = "npc_db_metric_queue_full_flush_count";
export const NPC_DB_METRIC_DEFERRED = "npc_db_metric_deferred_count";
export const NPC_DB_METRIC_REQUEUED = "npc_db_metric_requeued_count";
export const NPC_DB_METRIC_LOST = "npc_db_metric_lost_count";
export const NPC_DB_METRIC_SKIPPED_OPEN = "npc_db_metric_skipped_open_count";
export const NPC_DB_METRIC_BREAKER_OPENED = "npc_db_metric_breaker_open_count";
export const NPC_DB_METRIC_BREAKER_HALF_OPENED = "npc_db_metric_breaker_half_open_count";
export const NPC_DB_METRIC_BREAKER_CLOSED = "npc_db_metric_breaker_closed_count";
export const NPC_DB_METRIC_RESTORED = "npc_db_metric_restored_count";
export const NPC_DB_METRIC_RESTORE_SKIPPED = "npc_db_metric_restore_skipped_count";
