// Prefix and postfix operators: - ! ~ and ++/-- (on int variables only, as NWScript requires).
import { ts } from "#ts-morph";
import type { FunctionScope } from "../context.js";
import { failed, type Lowered } from "../lowered.js";
import { lowerExpr } from "./expressions.js";
import { lowerNumericLiteral } from "./literals.js";
import { lowerLvalue } from "./operators.js";

export function lowerPrefix(fs: FunctionScope, e: ts.PrefixUnaryExpression): Lowered {
  const K = ts.SyntaxKind;
  if (e.operator === K.PlusPlusToken || e.operator === K.MinusMinusToken) return incDec(fs, e, true);
  if (e.operator === K.MinusToken && ts.isNumericLiteral(e.operand)) {
    // -2147483648 is a literal in its own right.
    const lit = lowerNumericLiteral(fs, e.operand, true);
    if (lit.expr.kind === "int" && !lit.expr.text) return { ...lit, expr: { kind: "int", value: -lit.expr.value | 0 } };
    if (lit.expr.kind === "float") return { ...lit, expr: { kind: "float", text: lit.expr.text === "0.0" ? "0.0" : `-${lit.expr.text}` } };
    return { ...lit, expr: { kind: "unary", op: "-", operand: lit.expr } };
  }
  const operand = lowerExpr(fs, e.operand);
  const ok = (types: string[]) => types.includes(operand.type) || operand.type === "?";
  switch (e.operator) {
    case K.MinusToken:
      if (!ok(["int", "float"])) break;
      return { ...operand, expr: { kind: "unary", op: "-", operand: operand.expr } };
    case K.ExclamationToken:
      if (!ok(["int"])) break;
      return { ...operand, expr: { kind: "unary", op: "!", operand: operand.expr }, type: "int" };
    case K.TildeToken:
      if (!ok(["int"])) break;
      return { ...operand, expr: { kind: "unary", op: "~", operand: operand.expr } };
    default:
      fs.program.diagnostics.report(e, "UnsupportedSyntax", `unary '${ts.tokenToString(e.operator)}'`);
      return failed();
  }
  fs.program.diagnostics.report(e, "InvalidOperand", ts.tokenToString(e.operator)!, operand.type);
  return failed();
}

export function lowerPostfix(fs: FunctionScope, e: ts.PostfixUnaryExpression): Lowered {
  return incDec(fs, e, false);
}

function incDec(fs: FunctionScope, e: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, prefix: boolean): Lowered {
  const target = lowerLvalue(fs, e.operand);
  if (!target) return failed();
  if (target.type !== "int" && target.type !== "?") {
    fs.program.diagnostics.report(e, "IncrementNonInt");
    return failed();
  }
  const op = e.operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--";
  return {
    pre: target.pre,
    expr: prefix ? { kind: "unary", op, operand: target.expr } : { kind: "postfix", op, operand: target.expr },
    type: "int",
  };
}
