// Finds the SQL the project issues (whole string literals, per the persistence contract) and
// the full table scans in SQLite's plan for each.
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { ts } from "#ts-morph";
import { namedParameters } from "../../tools/twin/engine/sql/params.js";

export interface SqlLiteral {
  file: string;
  line: number;
  sql: string;
}

const QUERY = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
/** Side tables a tool creates for itself (the health probe's): created before the queries are planned. */
const DDL = /^\s*CREATE\s+(UNIQUE\s+)?(TABLE|INDEX)\s+IF\s+NOT\s+EXISTS\b/i;

export function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFilesUnder(full));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(full);
  }
  return out.sort();
}

/** String literals (and templates without substitutions) of a TypeScript file: queries and DDL. */
export function sqlLiterals(file: string, text = fs.readFileSync(file, "utf8")): { queries: SqlLiteral[]; ddl: SqlLiteral[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const queries: SqlLiteral[] = [];
  const ddl: SqlLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (QUERY.test(node.text)) queries.push({ file, line, sql: node.text });
      else if (DDL.test(node.text)) ddl.push({ file, line, sql: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { queries, ddl };
}

/** The plan lines that scan a whole table without an index ("SCAN npc_state"). */
export function fullScans(db: Database.Database, sql: string): string[] {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).map((n) => n.toLowerCase()),
  );
  return explain(db, sql)
    .map((row) => row.detail)
    .filter((detail) => {
      const m = /^SCAN (\S+)/.exec(detail);
      return m !== null && !detail.includes(" USING ") && tables.has(m[1]!.toLowerCase());
    });
}

/** EXPLAIN QUERY PLAN with every parameter NULL (SQLite plans without values; better-sqlite3 wants them bound). */
function explain(db: Database.Database, sql: string): { detail: string }[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = Object.fromEntries(namedParameters(sql).map((n) => [n.slice(1), null]));
  for (let positional = 0; ; positional++) {
    const args: unknown[] = Array(positional).fill(null);
    if (Object.keys(named).length > 0) args.push(named);
    try {
      return stmt.all(...args) as { detail: string }[];
    } catch (e) {
      if (!(e instanceof RangeError) || positional >= 99) throw e;
    }
  }
}
