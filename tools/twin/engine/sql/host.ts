// The world's SQLite side: one connection per campaign database file and one in-memory
// database per object (the module or a PC), error accounting, the roll-back of transactions left
// open when a script run ends, and fault injection for tests.
//
// Fault injection (for tests of persistence failure paths):
//   world.sql.setCampaignReadOnly("npc")        reopen <databaseDir>/npc.sqlite3 read-only:
//                                               writes fail with SQLite's own error
//   world.sql.onPrepare = (sql, target) => msg  a string makes that prepare fail with msg
//   world.sql.onStep = (sql, target) => msg     a string makes that SqlStep fail with msg
//   world.sql.wrapConnection = (db, target) => db2   wrap or replace each connection as it opens
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { World } from "../world.js";
import { namedParameters } from "./params.js";
import { NwSqlQuery } from "./query.js";

export type DbTarget = { readonly kind: "campaign"; readonly name: string } | { readonly kind: "object"; readonly id: number };

type Connection = Database.Database;

export class SqlHost {
  /** Every SQL error so far (the game logs them and shows them to every connected player). */
  readonly errors: string[] = [];
  onPrepare: ((sql: string, target: DbTarget) => string | undefined) | undefined;
  onStep: ((sql: string, target: DbTarget) => string | undefined) | undefined;
  wrapConnection: ((db: Connection, target: DbTarget) => Connection) | undefined;

  private readonly campaigns = new Map<string, Connection>();
  private readonly objectDbs = new Map<number, Connection>();
  private readonly readOnly = new Set<string>();
  private helper: Connection | undefined;
  private readonly casts = new Map<string, Database.Statement>();

  constructor(private readonly world: World) {
    world.scriptEndHooks.push(() => this.rollBackOpenTransactions());
  }

  get errorCount(): number {
    return this.errors.length;
  }

  /** Prepares a query; a failure gives a query that never steps and carries the error. */
  prepare(target: DbTarget, sql: string): NwSqlQuery {
    const injected = this.onPrepare?.(sql, target);
    if (injected !== undefined) return this.failedQuery(sql, target, injected);
    let db: Connection;
    try {
      db = target.kind === "campaign" ? this.campaign(target.name) : this.objectDb(target.id);
    } catch (e) {
      return this.failedQuery(sql, target, (e as Error).message);
    }
    try {
      const stmt = db.prepare(sql);
      if (stmt.reader) stmt.raw(true);
      stmt.safeIntegers(true);
      return new NwSqlQuery(sql, target, db, stmt, namedParameters(sql));
    } catch (e) {
      if (!(e instanceof Database.SqliteError) && !(e instanceof RangeError) && !(e instanceof TypeError)) throw e;
      return this.failedQuery(sql, target, e.message);
    }
  }

  private failedQuery(sql: string, target: DbTarget, message: string): NwSqlQuery {
    const q = new NwSqlQuery(sql, target, undefined, undefined, []);
    this.fail(q, message);
    return q;
  }

  /** Records an error on a query: SqlGetError, the log, the counter, and a message to every PC. */
  fail(q: NwSqlQuery, message: string, fatal = true): void {
    q.error = message;
    if (fatal) q.failed = true;
    this.errors.push(message);
    this.world.log.push(`SQL error: ${message}`);
    for (const pc of this.world.pcs) this.world.messages.push({ pc: pc.handle, text: `SQL error: ${message}` });
  }

  /** SqlStep: runs the statement at the first step, then walks its rows. */
  step(q: NwSqlQuery): boolean {
    if (!q.stmt || q.failed) return false;
    if (!q.rows) {
      const injected = this.onStep?.(q.sql, q.target);
      if (injected !== undefined) {
        this.fail(q, injected);
        return false;
      }
      const args: Record<string, unknown> = {};
      for (const name of q.params) args[name.slice(1)] = q.binds.has(name) ? q.binds.get(name) : null;
      try {
        if (q.stmt.reader) q.rows = q.stmt.all(args) as unknown[][];
        else {
          q.stmt.run(args);
          q.rows = [];
        }
      } catch (e) {
        if (!(e instanceof Database.SqliteError) && !(e instanceof RangeError) && !(e instanceof TypeError)) throw e;
        this.fail(q, e.message);
        return false;
      }
      q.error = "";
      q.row = -1;
    }
    q.row++;
    return q.row < q.rows.length;
  }

  /** SqlResetQuery: ready to run again; binds kept unless cleared. */
  reset(q: NwSqlQuery, clearBinds: boolean): void {
    if (!q.stmt || q.failed) return;
    q.rows = undefined;
    q.row = -1;
    if (clearBinds) q.binds.clear();
  }

  /** Binds a value to a named parameter; a name the statement does not have is an error. */
  bind(q: NwSqlQuery, name: string, value: unknown): void {
    if (!q.stmt || q.failed) return;
    if (!q.params.includes(name)) {
      this.fail(q, `no parameter named ${name} in the query`, false);
      return;
    }
    q.binds.set(name, value);
    q.error = "";
  }

  /** SQLite's own conversion of a value (CAST(? AS type)), for reading columns as another type. */
  cast(value: unknown, type: "INTEGER" | "REAL" | "TEXT"): unknown {
    this.helper ??= new Database(":memory:");
    let stmt = this.casts.get(type);
    if (!stmt) {
      stmt = this.helper.prepare(`SELECT CAST(? AS ${type})`).raw(true).safeIntegers(true);
      this.casts.set(type, stmt);
    }
    return (stmt.get(value) as unknown[])[0];
  }

  /** The connection of a campaign database file, opened on first use. */
  campaign(name: string): Connection {
    if (!/^[A-Za-z0-9_\-]+$/.test(name)) throw new Error(`invalid campaign database name "${name}"`);
    let db = this.campaigns.get(name);
    if (!db) {
      const dir = this.world.databaseDir;
      if (dir === undefined) {
        // No databaseDir: campaign databases live in memory for the world's life (simulations).
        db = new Database(":memory:");
      } else {
        fs.mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${name}.sqlite3`);
        db = this.readOnly.has(name) ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(file);
      }
      db = this.wrapConnection?.(db, { kind: "campaign", name }) ?? db;
      this.campaigns.set(name, db);
    }
    return db;
  }

  /** The in-memory database of an object (the module or a PC). */
  objectDb(id: number): Connection {
    const obj = this.world.objects.get(id);
    if (!obj || obj.destroyed || !(obj.kind === "module" || obj.isPC)) {
      throw new Error("only the module and player characters carry a database");
    }
    let db = this.objectDbs.get(id);
    if (!db) {
      db = new Database(":memory:");
      db = this.wrapConnection?.(db, { kind: "object", id }) ?? db;
      this.objectDbs.set(id, db);
    }
    return db;
  }

  /** SqlDestroyDatabase: the object's database starts empty again. */
  destroyObjectDb(id: number): void {
    this.objectDbs.get(id)?.close();
    this.objectDbs.delete(id);
  }

  /** Reopens a campaign database read-only (or read-write again) for fault-injection tests. */
  setCampaignReadOnly(name: string, readOnly = true): void {
    this.campaigns.get(name)?.close();
    this.campaigns.delete(name);
    if (readOnly) this.readOnly.add(name);
    else this.readOnly.delete(name);
  }

  /** Closes every connection (call when a test is done with a file database). */
  close(): void {
    for (const db of [...this.campaigns.values(), ...this.objectDbs.values()]) db.close();
    this.campaigns.clear();
    this.objectDbs.clear();
    this.casts.clear();
    this.helper?.close();
    this.helper = undefined;
  }

  private rollBackOpenTransactions(): void {
    for (const [label, db] of [
      ...[...this.campaigns].map(([n, d]) => [`campaign ${n}`, d] as const),
      ...[...this.objectDbs].map(([id, d]) => [`object ${id.toString(16)}`, d] as const),
    ]) {
      if (db.open && db.inTransaction) {
        db.exec("ROLLBACK");
        this.world.log.push(`SQL: rolled back the transaction left open at script end (${label})`);
      }
    }
  }
}
