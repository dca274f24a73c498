// "Not all control paths return a value", decided the way the official compiler does: a return
// anywhere in a block's statement list counts, an if needs a return in both branches, and loops
// and switches never count (so `while (TRUE) { return 1; }` alone is an error).
import type { Stmt } from "./ast.js";

export function alwaysReturns(s: Stmt): boolean {
  switch (s.kind) {
    case "return":
      return true;
    case "block":
      return s.statements.some(alwaysReturns);
    case "if":
      return s.else !== undefined && alwaysReturns(s.then) && alwaysReturns(s.else);
    default:
      return false;
  }
}
