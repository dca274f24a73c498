// The Sql* family: SQLite through better-sqlite3 (see sql/host.ts). Objects and vectors in SQL
// (SqlBind/GetObject, SqlBind/GetVector) are not modeled: their stored form is not known.
import { OBJECT_INVALID } from "../../values.js";
import { float32 } from "../numbers.js";
import { dumpJson } from "../json/dump.js";
import { NwJson } from "../json/value.js";
import { NwSqlQuery } from "../sql/query.js";
import { fromSqlText, toSqlText } from "../sql/text.js";
import type { World } from "../world.js";
import { json, parseToNwJson } from "./json.js";
import { float, int, obj, str, type FunctionGroup } from "./types.js";

/** A sqlquery argument; an uninitialised sqlquery is a query that never steps. */
const query = (v: unknown): NwSqlQuery => (v instanceof NwSqlQuery ? v : UNPREPARED);
const UNPREPARED = new NwSqlQuery("", { kind: "object", id: 0 }, undefined, undefined, []);

/** The value of column `index` of the current row, or undefined (no row, index out of range). */
function column(q: NwSqlQuery, index: number): unknown {
  const row = q.current();
  if (!row || index < 0 || index >= row.length) return undefined;
  return row[index];
}

function asInt(w: World, v: unknown): number {
  if (v === undefined || v === null) return 0;
  const n = typeof v === "bigint" ? v : (w.sql.cast(v, "INTEGER") as bigint | null);
  return n === null ? 0 : Number(BigInt.asIntN(32, n));
}

function asFloat(w: World, v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === "number") return float32(v);
  if (typeof v === "bigint") return float32(Number(v));
  return float32(Number(w.sql.cast(v, "REAL") ?? 0));
}

function asString(w: World, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return fromSqlText(v);
  if (typeof v === "bigint") return v.toString();
  if (Buffer.isBuffer(v)) return v.toString("latin1");
  return fromSqlText(String(w.sql.cast(v, "TEXT")));
}

export const sqlFunctions: FunctionGroup = {
  SqlPrepareQueryCampaign: (w, [db, sql]) => w.sql.prepare({ kind: "campaign", name: str(db) }, str(sql)),
  SqlPrepareQueryObject: (w, [o, sql]) => w.sql.prepare({ kind: "object", id: obj(o).id }, str(sql)),
  SqlBindInt: (w, [q, name, n]) => {
    w.sql.bind(query(q), str(name), BigInt(int(n)));
    return undefined;
  },
  SqlBindFloat: (w, [q, name, f]) => {
    w.sql.bind(query(q), str(name), float(f));
    return undefined;
  },
  SqlBindString: (w, [q, name, s]) => {
    w.sql.bind(query(q), str(name), toSqlText(str(s)));
    return undefined;
  },
  SqlBindJson: (w, [q, name, j]) => {
    w.sql.bind(query(q), str(name), dumpJson(json(j).value, -1));
    return undefined;
  },
  SqlStep: (w, [q]) => (w.sql.step(query(q)) ? 1 : 0),
  SqlGetInt: (w, [q, i]) => asInt(w, column(query(q), int(i))),
  SqlGetFloat: (w, [q, i]) => asFloat(w, column(query(q), int(i))),
  SqlGetString: (w, [q, i]) => asString(w, column(query(q), int(i))),
  SqlGetJson: (w, [q, i]) => {
    const v = column(query(q), int(i));
    if (v === undefined || v === null) return NwJson.null();
    return parseToNwJson(asString(w, v));
  },
  SqlGetError: (_w, [q]) => query(q).error,
  SqlResetQuery: (w, [q, clear]) => {
    w.sql.reset(query(q), int(clear) !== 0);
    return undefined;
  },
  SqlGetColumnCount: (_w, [q]) => {
    const stmt = query(q).stmt;
    return stmt?.reader ? stmt.columns().length : 0;
  },
  SqlGetColumnName: (w, [q, n]) => {
    const qq = query(q);
    const cols = qq.stmt?.reader ? qq.stmt.columns() : [];
    const col = cols[int(n)];
    if (cols.length > 0 && (int(n) < 0 || !col)) {
      w.sql.fail(qq, `column index ${int(n)} out of range`, false);
      return "";
    }
    return col ? fromSqlText(col.name) : "";
  },
  SqlDestroyDatabase: (w, [o]) => {
    if (obj(o) !== OBJECT_INVALID) w.sql.destroyObjectDb(obj(o).id);
    return undefined;
  },
};
