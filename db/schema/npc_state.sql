-- Reference DDL (what the migrations in db/migrations must produce; test/db/schema.test.ts checks it).
-- One row per persistent NPC. npc_id: the NPC's string local "npc_id" if set, else GetObjectUUID.
CREATE TABLE npc_state (
  npc_id TEXT NOT NULL PRIMARY KEY,
  area_id TEXT NOT NULL,
  template TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL,
  state_since INTEGER NOT NULL DEFAULT 0,
  alive INTEGER NOT NULL DEFAULT 1,
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX npc_state_area ON npc_state(area_id);
CREATE INDEX npc_state_updated ON npc_state(updated_at);
