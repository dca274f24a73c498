// `c ? a : b`, `a && b` and `a || b`. When the branch evaluated conditionally needs statements of
// its own, the whole expression becomes an if statement writing a temporary, so those statements
// still run only when TypeScript would evaluate the branch.
import { ts } from "#ts-morph";
import type { NwExpr, NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { coerce, intLiteralAsFloat } from "../coerce.js";
import { ERROR_TYPE, failed, type Lowered } from "../lowered.js";
import { lowerExpr } from "./expressions.js";

export function lowerCondition(fs: FunctionScope, e: ts.Expression): Lowered {
  const c = lowerExpr(fs, e);
  if (c.type !== "int" && c.type !== ERROR_TYPE) {
    fs.program.diagnostics.report(e, "ConditionType", c.type);
    return failed();
  }
  return c;
}

export function lowerConditional(fs: FunctionScope, e: ts.ConditionalExpression, expected?: string): Lowered {
  const cond = lowerCondition(fs, e.condition);
  let a = lowerExpr(fs, e.whenTrue, expected);
  let b = lowerExpr(fs, e.whenFalse, expected);
  // Branch types must match; an int literal facing a float branch (or slot) becomes a float.
  const target = expected === "float" || a.type === "float" || b.type === "float" ? "float" : a.type;
  if (target === "float") {
    if (a.type === "int" && intLiteralAsFloat(a.expr)) {
      a = { ...a, expr: intLiteralAsFloat(a.expr)!, type: "float" };
      fs.program.twin?.expression(e.whenTrue, "float");
    }
    if (b.type === "int" && intLiteralAsFloat(b.expr)) {
      b = { ...b, expr: intLiteralAsFloat(b.expr)!, type: "float" };
      fs.program.twin?.expression(e.whenFalse, "float");
    }
  }
  if (a.type !== b.type && a.type !== ERROR_TYPE && b.type !== ERROR_TYPE) b = coerce(fs, e.whenFalse, b, a.type);
  const type = a.type === ERROR_TYPE ? b.type : a.type;
  if (a.pre.length === 0 && b.pre.length === 0) {
    return { pre: cond.pre, expr: { kind: "cond", cond: cond.expr, whenTrue: a.expr, whenFalse: b.expr }, type };
  }
  const pre: NwStmt[] = [...cond.pre];
  const t = fs.temp(type);
  pre.push({ kind: "decl", type, declarators: [{ name: t }] });
  const set = (v: Lowered): NwStmt => ({ kind: "block", body: [...v.pre, assign(t, v.expr)] });
  pre.push({ kind: "if", cond: cond.expr, then: set(a), else: set(b) });
  return { pre, expr: { kind: "name", name: t }, type };
}

export function lowerShortCircuit(fs: FunctionScope, e: ts.BinaryExpression, op: "&&" | "||"): Lowered {
  const left = lowerCondition(fs, e.left);
  const right = lowerCondition(fs, e.right);
  if (right.pre.length === 0) {
    return { pre: left.pre, expr: { kind: "binary", op, left: left.expr, right: right.expr }, type: "int" };
  }
  // a && b: t = FALSE; if (a) { pre(b); if (b) t = TRUE; }   (|| mirrors it)
  const pre: NwStmt[] = [...left.pre];
  const t = fs.temp("int");
  const and = op === "&&";
  pre.push({ kind: "decl", type: "int", declarators: [{ name: t, init: { kind: "name", name: and ? "FALSE" : "TRUE" } }] });
  const test = (x: NwExpr): NwExpr => (and ? x : { kind: "unary", op: "!", operand: x });
  pre.push({
    kind: "if",
    cond: test(left.expr),
    then: { kind: "block", body: [...right.pre, { kind: "if", cond: test(right.expr), then: assign(t, { kind: "name", name: and ? "TRUE" : "FALSE" }) }] },
  });
  return { pre, expr: { kind: "name", name: t }, type: "int" };
}

function assign(name: string, value: NwExpr): NwStmt {
  return { kind: "expr", expr: { kind: "assign", op: "=", target: { kind: "name", name }, value } };
}
