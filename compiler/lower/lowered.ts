// The result of lowering one TypeScript expression: statements that must run first (temporaries
// that force TypeScript's evaluation order), the NWScript expression, and its NWScript type.
import type { NwExpr, NwStmt, NwType } from "../nwscript/ast.js";

export interface Lowered {
  pre: NwStmt[];
  expr: NwExpr;
  /** "?" after an error was reported: checks against it are skipped to avoid cascades. */
  type: NwType;
}

export const ERROR_TYPE = "?";

export function plain(expr: NwExpr, type: NwType): Lowered {
  return { pre: [], expr, type };
}

export function failed(): Lowered {
  return { pre: [], expr: { kind: "int", value: 0 }, type: ERROR_TYPE };
}
