-- Reference DDL (what the migrations in db/migrations must produce; test/db/schema.test.ts checks it).
-- One row per applied migration; checksum = sha256 of the migration file text with CRLF -> LF.
CREATE TABLE schema_migrations (
  version INTEGER NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  applied_by TEXT NOT NULL DEFAULT ''
);
