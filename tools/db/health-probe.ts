// One look at the database: can it be opened, read and written, and how long do a simple read and
// a simple write take. Never creates a missing file and never touches the NPC tables: the writes
// go to one row of a table of its own (docs/ops/sqlite_maintenance.md, "The health probe").
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { type LatencySummary, summarize } from "./health-stats.js";

/** Why the database could not be used; the CLI prints it and scripts can branch on it (--json). */
export type ProbeFailureKind = "missing" | "not-a-file" | "not-a-database" | "busy" | "read-only" | "io-error" | "other";

export interface ProbeOptions {
  /** Timed reads and timed writes (each). */
  samples: number;
  /** How long one statement waits for a lock another connection (the server) holds. */
  busyTimeoutMs: number;
  /** Milliseconds from a monotonic clock; injectable for tests. */
  timer?: () => number;
}

export type ProbeResult =
  | {
      reachable: true;
      journalMode: string;
      /** Size of the -wal file when the probe began (0 when there is none): what the server has not checkpointed. */
      walBytes: number;
      read: LatencySummary;
      write: LatencySummary;
    }
  | { reachable: false; kind: ProbeFailureKind; message: string };

// The probe's own table: one row, rewritten by every write probe, so it never grows.
const CREATE_PROBE_TABLE =
  "CREATE TABLE IF NOT EXISTS npc_health_probe (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), probed_at INTEGER NOT NULL, probes INTEGER NOT NULL DEFAULT 0)";
const WRITE_PROBE =
  "INSERT INTO npc_health_probe (id, probed_at, probes) VALUES (1, ?, 1) ON CONFLICT(id) DO UPDATE SET probed_at = excluded.probed_at, probes = npc_health_probe.probes + 1";
const READ_PROBE = "SELECT probed_at, probes FROM npc_health_probe WHERE id = 1";

export function probeDatabase(dbPath: string, options: ProbeOptions): ProbeResult {
  const timer = options.timer ?? (() => performance.now());
  const missing = checkFile(dbPath);
  if (missing) return missing;
  const walBytes = fileSize(`${dbPath}-wal`);

  let db: Database.Database | undefined;
  try {
    // fileMustExist: a missing file is an outage to report, never a reason to create an empty database.
    db = new Database(dbPath, { fileMustExist: true, timeout: options.busyTimeoutMs });
    // Reading the mode (without setting it) is the first statement: a file that is not a database fails here.
    const journalMode = String(db.pragma("journal_mode", { simple: true }));
    // Every probe commit is synced to disk, so the write figure shows a slow or failing disk
    // (better-sqlite3's WAL default, NORMAL, would leave the sync out). Per connection only.
    db.pragma("synchronous = FULL");
    // A large WAL is the server's to checkpoint: the probe's commits must not pay for it.
    db.pragma("wal_autocheckpoint = 0");
    db.exec(CREATE_PROBE_TABLE);
    const write = db.prepare(WRITE_PROBE);
    const read = db.prepare(READ_PROBE);
    const writes: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      let t0 = timer();
      write.run(i);
      writes.push(timer() - t0);
      t0 = timer();
      const row = read.get();
      reads.push(timer() - t0);
      if (row === undefined) return { reachable: false, kind: "other", message: "the probe row written a moment before was not there (another connection deleted it?)" };
    }
    return { reachable: true, journalMode, walBytes, read: summarize(reads), write: summarize(writes) };
  } catch (error) {
    return classify(error);
  } finally {
    db?.close();
  }
}

function checkFile(dbPath: string): ProbeResult | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dbPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { reachable: false, kind: "missing", message: "file not found" };
    if (code === "EACCES" || code === "EPERM") return { reachable: false, kind: "read-only", message: "permission denied" };
    return { reachable: false, kind: "io-error", message: (error as Error).message };
  }
  if (!stat.isFile()) return { reachable: false, kind: "not-a-file", message: "not a regular file" };
  return undefined;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** SQLite's result codes, grouped the way an operator acts on them. */
function classify(error: unknown): ProbeResult {
  const code = String((error as { code?: unknown }).code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  const kind: ProbeFailureKind =
    code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")
      ? "not-a-database"
      : code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
        ? "busy"
        : code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM" || code === "SQLITE_AUTH"
          ? "read-only"
          : code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN") || code === "SQLITE_FULL"
            ? "io-error"
            : "other";
  if (kind === "other" && !code.startsWith("SQLITE_")) throw error; // not the database's failure: a bug here
  return { reachable: false, kind, message: `${message} (${code})` };
}
