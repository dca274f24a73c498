// C precedence as NWScript uses it (lower number binds tighter). TypeScript's table agrees for
// every operator the subset admits, so the printer can drop the author's redundant parentheses.
import type { NwBinaryOp, NwExpr } from "./ast.js";

export const BINARY_PRECEDENCE: Record<NwBinaryOp, number> = {
  "*": 3, "/": 3, "%": 3,
  "+": 4, "-": 4,
  "<<": 5, ">>": 5,
  "<": 6, "<=": 6, ">": 6, ">=": 6,
  "==": 7, "!=": 7,
  "&": 8,
  "^": 9,
  "|": 10,
  "&&": 11,
  "||": 12,
};

const COND = 13;
const ASSIGN = 14;

export function precedenceOf(e: NwExpr): number {
  switch (e.kind) {
    case "binary":
      return BINARY_PRECEDENCE[e.op];
    case "cond":
      return COND;
    case "assign":
      return ASSIGN;
    case "unary":
      return 2;
    case "int":
      return e.value < 0 && !e.text ? 2 : 0; // a negative literal prints as unary minus
    case "float":
      return e.text.startsWith("-") ? 2 : 0;
    default:
      return 1;
  }
}

export { COND, ASSIGN };
