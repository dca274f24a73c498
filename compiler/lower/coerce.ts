// Where a value of one NWScript type meets a slot of another: NWScript converts nothing
// implicitly, so only an int literal written for a float is rewritten (1 → 1.0).
import { ts } from "#ts-morph";
import type { NwExpr, NwType } from "../nwscript/ast.js";
import type { FunctionScope } from "./context.js";
import { ERROR_TYPE, type Lowered } from "./lowered.js";
import { floatText } from "./types.js";

export function coerce(fs: FunctionScope, node: ts.Node, value: Lowered, target: NwType): Lowered {
  if (value.type === target || value.type === ERROR_TYPE || target === ERROR_TYPE) return value;
  if (target === "float" && value.type === "int") {
    const asFloat = intLiteralAsFloat(value.expr);
    if (asFloat) {
      if (ts.isExpression(node)) fs.program.twin?.expression(node, "float");
      return { pre: value.pre, expr: asFloat, type: "float" };
    }
    fs.program.diagnostics.report(node, "IntToFloatImplicit", node.getText());
    return { ...value, type: ERROR_TYPE };
  }
  if (value.type === "void") {
    fs.program.diagnostics.report(node, "VoidValue");
    return { ...value, type: ERROR_TYPE };
  }
  fs.program.diagnostics.report(node, "TypeMismatch", value.type, target);
  return { ...value, type: ERROR_TYPE };
}

/** `3` or `-3` as `3.0` / `-3.0`; undefined for anything that is not an int literal. */
export function intLiteralAsFloat(e: NwExpr): NwExpr | undefined {
  if (e.kind === "int") return { kind: "float", text: floatText(e.value) };
  if (e.kind === "unary" && e.op === "-" && e.operand.kind === "int") return { kind: "float", text: floatText(-e.operand.value) };
  return undefined;
}
