// In-game migrator: at module load, applies the migrations of db/migrations (compiled into
// npc_db_migs) that the NPC campaign database does not have yet, exactly as
// `npc-build db migrate` does: PRAGMAs first, then BEGIN IMMEDIATE; the statements; the
// schema_migrations row; COMMIT — ROLLBACK on any error. A database that disagrees with the
// module (a changed applied migration, an unknown newer one) is refused before anything is written.
import {
  NPC_DB_MIGS_COUNT,
  NPC_DB_MIGS_LEDGER_DDL,
  NpcDbMigsChecksum,
  NpcDbMigsName,
  NpcDbMigsPragma,
  NpcDbMigsPragmaCount,
  NpcDbMigsStatement,
  NpcDbMigsStatementCount,
} from "./npc_db_migs";

/** The campaign database of NPC persistence (the persistence contract's NPC_DB_NAME). */
const NPC_DB_MIGRATE_DATABASE = "npc_state";
/** schema_migrations.applied_by for migrations applied by the module. */
const NPC_DB_MIGRATE_APPLIED_BY = "module";

function NpcDbMigrateLog(message: string): void {
  WriteTimestampedLogEntry("npc_db_migrate: " + message);
}

/** "0001_npc_state". */
function NpcDbMigrateLabel(version: int): string {
  return GetStringRight("000" + IntToString(version), 4) + "_" + NpcDbMigsName(version);
}

/** Runs one statement; returns "" or SQLite's error. */
function NpcDbMigrateExec(sql: string): string {
  const q = SqlPrepareQueryCampaign(NPC_DB_MIGRATE_DATABASE, sql);
  SqlStep(q);
  return SqlGetError(q);
}

/** Applies one migration in its own transaction; FALSE (and nothing of it kept) on an error. */
function NpcDbMigrateApply(version: int): int {
  const label = NpcDbMigrateLabel(version);
  let err = "";
  let i: int;
  for (i = 0; i < NpcDbMigsPragmaCount(version); i++) {
    err = NpcDbMigrateExec(NpcDbMigsPragma(version, i));
    if (err != "") {
      NpcDbMigrateLog(label + ": PRAGMA " + IntToString(i) + " failed: " + err);
      return FALSE;
    }
  }
  err = NpcDbMigrateExec("BEGIN IMMEDIATE");
  if (err != "") {
    NpcDbMigrateLog(label + ": cannot begin a transaction: " + err);
    return FALSE;
  }
  for (i = 0; i < NpcDbMigsStatementCount(version); i++) {
    err = NpcDbMigrateExec(NpcDbMigsStatement(version, i));
    if (err != "") {
      NpcDbMigrateExec("ROLLBACK");
      NpcDbMigrateLog(label + ": statement " + IntToString(i) + " failed: " + err + " (rolled back)");
      return FALSE;
    }
  }
  const row = SqlPrepareQueryCampaign(
    NPC_DB_MIGRATE_DATABASE,
    "INSERT INTO schema_migrations (version, name, checksum, applied_by) VALUES (@version, @name, @checksum, @applied_by)",
  );
  SqlBindInt(row, "@version", version);
  SqlBindString(row, "@name", NpcDbMigsName(version));
  SqlBindString(row, "@checksum", NpcDbMigsChecksum(version));
  SqlBindString(row, "@applied_by", NPC_DB_MIGRATE_APPLIED_BY);
  SqlStep(row);
  err = SqlGetError(row);
  if (err == "") err = NpcDbMigrateExec("COMMIT");
  if (err != "") {
    NpcDbMigrateExec("ROLLBACK");
    NpcDbMigrateLog(label + ": cannot record the migration: " + err + " (rolled back)");
    return FALSE;
  }
  NpcDbMigrateLog("applied " + label);
  return TRUE;
}

/** TRUE when the schema is current (after applying what was missing); FALSE with one log line otherwise. */
export function NpcDbMigrate(): int {
  let err = NpcDbMigrateExec(NPC_DB_MIGS_LEDGER_DDL);
  if (err != "") {
    NpcDbMigrateLog("cannot create schema_migrations: " + err);
    return FALSE;
  }
  // Every applied migration is checked before anything is changed.
  let firstPending = 0;
  let v: int;
  for (v = 1; v <= NPC_DB_MIGS_COUNT; v++) {
    const q = SqlPrepareQueryCampaign(NPC_DB_MIGRATE_DATABASE, "SELECT name, checksum FROM schema_migrations WHERE version = @version");
    SqlBindInt(q, "@version", v);
    if (SqlStep(q)) {
      if (firstPending != 0) {
        NpcDbMigrateLog(NpcDbMigrateLabel(firstPending) + " is not applied but the later " + NpcDbMigrateLabel(v) + " is; refusing to migrate");
        return FALSE;
      }
      if (SqlGetString(q, 1) != NpcDbMigsChecksum(v) || SqlGetString(q, 0) != NpcDbMigsName(v)) {
        NpcDbMigrateLog(
          NpcDbMigrateLabel(v) + " was changed after it was applied (checksum " + GetStringLeft(SqlGetString(q, 1), 12) +
            " in the database, " + GetStringLeft(NpcDbMigsChecksum(v), 12) + " in the module); migrations are forward-only; refusing to migrate",
        );
        return FALSE;
      }
    } else {
      err = SqlGetError(q);
      if (err != "") {
        NpcDbMigrateLog("cannot read schema_migrations: " + err);
        return FALSE;
      }
      if (firstPending == 0) firstPending = v;
    }
  }
  const newer = SqlPrepareQueryCampaign(
    NPC_DB_MIGRATE_DATABASE,
    "SELECT version, name FROM schema_migrations WHERE version > @version ORDER BY version LIMIT 1",
  );
  SqlBindInt(newer, "@version", NPC_DB_MIGS_COUNT);
  if (SqlStep(newer)) {
    NpcDbMigrateLog(
      "the database is newer than the module: applied migration " + IntToString(SqlGetInt(newer, 0)) + " (" + SqlGetString(newer, 1) +
        ") is unknown; refusing to migrate",
    );
    return FALSE;
  }
  err = SqlGetError(newer);
  if (err != "") {
    NpcDbMigrateLog("cannot read schema_migrations: " + err);
    return FALSE;
  }
  if (firstPending == 0) return TRUE;
  for (v = firstPending; v <= NPC_DB_MIGS_COUNT; v++) {
    if (!NpcDbMigrateApply(v)) return FALSE;
  }
  return TRUE;
}
