// Constants (module-level consts, default values, case labels) are folded instead of lowered.
// Lowering them once more, for nothing but its diagnostics, applies the literal checks (int and
// float range, string characters) that a folded value would otherwise skip; and a folded float
// must still be finite to be printed.
import { ts } from "#ts-morph";
import type { FunctionScope } from "../context.js";
import type { Const } from "../fold.js";
import { lowerExpr } from "./expressions.js";

export function checkConstant(fs: FunctionScope, e: ts.Expression, value: Const): void {
  lowerExpr(fs, e);
  if (value.type === "float" && !Number.isFinite(value.value)) fs.program.diagnostics.report(e, "FloatLiteralRange", e.getText());
}
