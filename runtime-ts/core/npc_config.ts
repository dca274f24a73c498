// Tunables, states, priorities, event kinds and every local-variable name of the NPC core:
// one place, so a name is never spelled twice.

// Pacing and queue sizes. The tunables can be set from build configuration (tsconfig's
// "npcBuild.constants", docs/cli.md); every build checks the @npcCheck relations below.
/** @npcCheck NPC_TICK_PROCESS_LIMIT >= 1 */
export const NPC_TICK_PROCESS_LIMIT = 8;
/** @npcCheck NPC_AREA_BUDGET_PER_TICK >= 1 */
export const NPC_AREA_BUDGET_PER_TICK = 6;
/** @npcCheck NPC_AREA_QUEUE_CAPACITY >= 1 */
export const NPC_AREA_QUEUE_CAPACITY = 16;
/** @npcCheck NPC_AREA_CRITICAL_RESERVE >= 0 */
export const NPC_AREA_CRITICAL_RESERVE = 4;
/**
 * Slots held on the area: capacity + reserve, as a literal (the seed's NSC restriction).
 * @npcCheck NPC_AREA_QUEUE_STORAGE_CAPACITY == NPC_AREA_QUEUE_CAPACITY + NPC_AREA_CRITICAL_RESERVE
 */
export const NPC_AREA_QUEUE_STORAGE_CAPACITY = 20;
/** @npcCheck NPC_COALESCE_WINDOW_SEC >= 0 */
export const NPC_COALESCE_WINDOW_SEC = 2;
/**
 * Degraded mode turns on at this depth…
 * @npcCheck NPC_AREA_HIGH_WATERMARK <= NPC_AREA_QUEUE_CAPACITY
 */
export const NPC_AREA_HIGH_WATERMARK = 12;
/**
 * …and off again at this depth or below.
 * @npcCheck NPC_AREA_LOW_WATERMARK >= 0 && NPC_AREA_LOW_WATERMARK < NPC_AREA_HIGH_WATERMARK
 */
export const NPC_AREA_LOW_WATERMARK = 6;
/** @npcCheck NPC_AREA_IDLE_STOP_AFTER_SEC >= 1 */
export const NPC_AREA_IDLE_STOP_AFTER_SEC = 180;
/** COMBAT ends at an end of round this long after the last hostile trigger. */
export const NPC_COMBAT_EXIT_SEC = 6;

// Spawn fallbacks.
export const NPC_DEFAULT_TICK_IDLE_SEC = 6;
export const NPC_DEFAULT_TICK_COMBAT_SEC = 2;
export const NPC_DEFAULT_ALERT_DECAY_SEC = 12;

// States (0: not initialised).
export const NPC_STATE_IDLE = 1;
export const NPC_STATE_ALERT = 2;
export const NPC_STATE_COMBAT = 3;
// (The dispatcher takes every state from ALERT up as busy: keep new busy states above IDLE.)

// Event priorities (0 marks an empty queue slot).
export const NPC_PRIORITY_LOW = 1;
export const NPC_PRIORITY_NORMAL = 2;
export const NPC_PRIORITY_HIGH = 3;
export const NPC_PRIORITY_CRITICAL = 4;

// Event kinds.
export const NPC_EVENT_PERCEPTION = 1;
export const NPC_EVENT_DAMAGED = 2;
export const NPC_EVENT_PHYSICAL_ATTACKED = 3;
export const NPC_EVENT_SPELL_CAST_AT = 4;
export const NPC_EVENT_DIALOGUE = 5;
export const NPC_EVENT_COMBAT_ROUND = 6;

// NPC locals: template strings and runtime parameters.
export const NPC_VAR_TPL_TICK_IDLE = "npc_tpl_tick_interval_idle_sec";
export const NPC_VAR_TPL_TICK_COMBAT = "npc_tpl_tick_interval_combat_sec";
export const NPC_VAR_TPL_ALERT_DECAY = "npc_tpl_alert_decay_sec";
export const NPC_VAR_TICK_IDLE = "npc_tick_interval_idle_sec";
export const NPC_VAR_TICK_COMBAT = "npc_tick_interval_combat_sec";
export const NPC_VAR_ALERT_DECAY = "npc_alert_decay_sec";
export const NPC_VAR_INIT_DONE = "npc_behavior_init_done";
export const NPC_VAR_DISABLE = "npc_flag_disable_object";

// NPC locals: state (times are NpcBehaviorNow() + 1, so 0 means "never").
export const NPC_VAR_STATE = "npc_state";
export const NPC_VAR_STATE_SINCE = "npc_state_since";
export const NPC_VAR_LAST_HOSTILE = "npc_last_hostile_at";
export const NPC_VAR_LAST_HEARTBEAT = "npc_last_heartbeat_at";
/** Prefix + event kind: when that kind was last admitted (coalesce window). */
export const NPC_VAR_INTAKE_AT_PREFIX = "npc_intake_at_";

// NPC locals: pending queue entries owned by the NPC.
export const NPC_VAR_PENDING_TOTAL = "npc_pending_total";
export const NPC_VAR_PENDING_PRIORITY = "npc_pending_priority";
export const NPC_VAR_PENDING_AREA = "npc_pending_area";
/**
 * The queue slots of the NPC's entries as two-digit numbers ("0311"): a hint, checked slot by
 * slot, so its entries are found without scanning the queue (a stale hint only costs a scan).
 */
export const NPC_VAR_PENDING_SLOTS = "npc_pending_slots";
/** Prefix + priority: how many of the NPC's entries have that priority. */
export const NPC_VAR_PENDING_PRIO_PREFIX = "npc_pending_prio_";

// Area locals: the bounded queue.
export const NPC_VAR_AREA_DEPTH = "npc_area_queue_depth";
export const NPC_VAR_AREA_BUCKET_CRITICAL = "npc_area_queue_critical";
export const NPC_VAR_AREA_BUCKET_HIGH = "npc_area_queue_high";
export const NPC_VAR_AREA_BUCKET_NORMAL = "npc_area_queue_normal";
export const NPC_VAR_AREA_BUCKET_LOW = "npc_area_queue_low";
export const NPC_VAR_AREA_DEGRADED = "npc_area_degraded_mode";
/** Prefix + slot index: the entry's owner (object), priority (int, 0 = empty), kind (int). */
export const NPC_VAR_SLOT_OWNER = "npc_q_owner_";
export const NPC_VAR_SLOT_PRIO = "npc_q_prio_";
export const NPC_VAR_SLOT_KIND = "npc_q_kind_";

// Module locals.
export const NPC_VAR_TIME_BASE_YEAR = "npc_time_base_year";

// Metric keys (the seed's whitelist, plus the two per-handler keys its handler contract names).
export const NPC_METRIC_SPAWN = "npc_metric_spawn_count";
export const NPC_METRIC_PERCEPTION = "npc_metric_perception_count";
export const NPC_METRIC_DAMAGED = "npc_metric_damaged_count";
export const NPC_METRIC_PHYSICAL_ATTACKED = "npc_metric_physical_attacked_count";
export const NPC_METRIC_SPELL_CAST_AT = "npc_metric_spell_cast_at_count";
export const NPC_METRIC_DEATH = "npc_metric_death_count";
export const NPC_METRIC_DIALOG = "npc_metric_dialog_count";
export const NPC_METRIC_HEARTBEAT = "npc_metric_heartbeat_count";
export const NPC_METRIC_HEARTBEAT_SKIPPED = "npc_metric_heartbeat_skipped_count";
export const NPC_METRIC_COMBAT_ROUND = "npc_metric_combat_round_count";
export const NPC_METRIC_INTAKE_BYPASS_CRITICAL = "npc_metric_intake_bypass_critical";
export const NPC_METRIC_AREA_PROCESSED = "npc_area_metric_processed_count";
export const NPC_METRIC_AREA_SKIPPED = "npc_area_metric_skipped_count";
export const NPC_METRIC_AREA_DEFERRED = "npc_area_metric_deferred_count";
export const NPC_METRIC_AREA_QUEUE_OVERFLOW = "npc_area_metric_queue_overflow_count";
