// The sqlquery engine structure: a prepared statement, its binds, and the rows of its run.
import type { Database, Statement } from "better-sqlite3";
import type { DbTarget } from "./host.js";

export class NwSqlQuery {
  /** Named parameters with their prefix (@x, :x, $x) → bound value. */
  readonly binds = new Map<string, unknown>();
  /** The last command's error, "" after a success (SqlGetError). */
  error = "";
  /** Set once the query has errored out: it steps no more and cannot be reset. */
  failed = false;
  /** Rows of the current run (read all at the first SqlStep), and the current row index. */
  rows: unknown[][] | undefined;
  row = -1;

  constructor(
    readonly sql: string,
    readonly target: DbTarget,
    readonly db: Database | undefined,
    readonly stmt: Statement | undefined,
    readonly params: readonly string[],
  ) {}

  /** The current row, if SqlStep last returned TRUE. */
  current(): unknown[] | undefined {
    return this.rows && this.row >= 0 ? this.rows[this.row] : undefined;
  }
}
