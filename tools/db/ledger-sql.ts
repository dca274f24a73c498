// The SQL the Node migrator issues against schema_migrations. Each is one whole literal
// (test/db/query-plans.test.ts runs EXPLAIN QUERY PLAN on every such literal). The in-game
// migrator (runtime-ts/persist/npc_db_migrate.ts) issues the same texts.

/** Applied migrations in order (a range on the primary key, bind @after = 0, not a full scan). */
export const SQL_LEDGER_APPLIED =
  "SELECT version, name, checksum, applied_at, applied_by FROM schema_migrations WHERE version > @after ORDER BY version";
/** One applied migration, read again inside the migration's transaction. */
export const SQL_LEDGER_ONE = "SELECT checksum FROM schema_migrations WHERE version = @version";
export const SQL_LEDGER_INSERT =
  "INSERT INTO schema_migrations (version, name, checksum, applied_by) VALUES (@version, @name, @checksum, @applied_by)";

export const SQL_BEGIN = "BEGIN IMMEDIATE";
export const SQL_COMMIT = "COMMIT";
export const SQL_ROLLBACK = "ROLLBACK";
