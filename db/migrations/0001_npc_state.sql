-- 0001_npc_state: NPC identity and state, the NPC blackboard, and the migrations ledger.
-- Tables and indexes: docs/data_model_npc.md. Every DDL is IF NOT EXISTS so a re-run is harmless.
-- PRAGMA statements run before the migration's transaction (journal_mode cannot change inside one).
PRAGMA journal_mode=WAL;

CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  applied_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS npc_state (
  npc_id TEXT NOT NULL PRIMARY KEY,
  area_id TEXT NOT NULL,
  template TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL,
  state_since INTEGER NOT NULL DEFAULT 0,
  alive INTEGER NOT NULL DEFAULT 1,
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS npc_state_area ON npc_state(area_id);
CREATE INDEX IF NOT EXISTS npc_state_updated ON npc_state(updated_at);

CREATE TABLE IF NOT EXISTS npc_blackboard (
  npc_id TEXT NOT NULL PRIMARY KEY REFERENCES npc_state(npc_id) ON DELETE CASCADE,
  data TEXT NOT NULL DEFAULT '{}', -- JSON object, see docs/data_model_npc.md
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS npc_blackboard_updated ON npc_blackboard(updated_at);
