-- Reference DDL (what the migrations in db/migrations must produce; test/db/schema.test.ts checks it).
-- One JSON object per NPC (format: docs/data_model_npc.md); deleted with its npc_state row.
CREATE TABLE npc_blackboard (
  npc_id TEXT NOT NULL PRIMARY KEY REFERENCES npc_state(npc_id) ON DELETE CASCADE,
  data TEXT NOT NULL DEFAULT '{}',
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX npc_blackboard_updated ON npc_blackboard(updated_at);
