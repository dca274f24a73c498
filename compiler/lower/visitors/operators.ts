// Binary operators and assignments, typed the NWScript way: int and float mix only in + - * /,
// strings join only with strings, comparisons need matching types, && and || give 0 or 1.
import { ts } from "#ts-morph";
import type { NwAssignOp, NwBinaryOp, NwExpr, NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { affects, effectsOf } from "../effects.js";
import { evaluateConstant } from "../fold.js";
import { intLiteralAsFloat, coerce } from "../coerce.js";
import { ERROR_TYPE, failed, type Lowered } from "../lowered.js";
import { orderLeftToRight } from "../order.js";

import { lowerExpr } from "./expressions.js";
import { lowerShortCircuit } from "./conditional.js";

const K = ts.SyntaxKind;

const BINARY: Partial<Record<ts.SyntaxKind, NwBinaryOp>> = {
  [K.AsteriskToken]: "*", [K.SlashToken]: "/", [K.PercentToken]: "%",
  [K.PlusToken]: "+", [K.MinusToken]: "-",
  [K.LessThanLessThanToken]: "<<", [K.GreaterThanGreaterThanToken]: ">>",
  [K.LessThanToken]: "<", [K.LessThanEqualsToken]: "<=", [K.GreaterThanToken]: ">", [K.GreaterThanEqualsToken]: ">=",
  [K.EqualsEqualsToken]: "==", [K.EqualsEqualsEqualsToken]: "==", [K.ExclamationEqualsToken]: "!=", [K.ExclamationEqualsEqualsToken]: "!=",
  [K.AmpersandToken]: "&", [K.CaretToken]: "^", [K.BarToken]: "|",
  [K.AmpersandAmpersandToken]: "&&", [K.BarBarToken]: "||",
};

const COMPOUND: Partial<Record<ts.SyntaxKind, NwAssignOp>> = {
  [K.EqualsToken]: "=", [K.PlusEqualsToken]: "+=", [K.MinusEqualsToken]: "-=", [K.AsteriskEqualsToken]: "*=",
  [K.SlashEqualsToken]: "/=", [K.PercentEqualsToken]: "%=", [K.LessThanLessThanEqualsToken]: "<<=",
  [K.GreaterThanGreaterThanEqualsToken]: ">>=", [K.AmpersandEqualsToken]: "&=", [K.BarEqualsToken]: "|=", [K.CaretEqualsToken]: "^=",
};

export function lowerBinary(fs: FunctionScope, e: ts.BinaryExpression): Lowered {
  const op = BINARY[e.operatorToken.kind];
  if (!op) {
    const key = e.operatorToken.kind === K.GreaterThanGreaterThanGreaterThanToken ? "UnsignedShift" : "UnsupportedSyntax";
    fs.program.diagnostics.report(e.operatorToken, key, `operator '${e.operatorToken.getText()}'`);
    return failed();
  }
  if (op === "&&" || op === "||") return lowerShortCircuit(fs, e, op);
  if (op === ">>") {
    // Fold constant shifts with the VM's meaning before the official compiler folds them its way.
    const folded = evaluateConstant(fs.program, e);
    if (folded && folded.type === "int") return { pre: [], expr: { kind: "int", value: folded.value }, type: "int" };
  }
  if ((op === "/" || op === "%") && isConstantZero(fs, e.right)) {
    fs.program.diagnostics.report(e.right, "DivisionByZero");
    return failed();
  }
  if (op === "/" || op === "%") {
    // INT_MIN / -1 overflows: the official compiler crashes folding it. Fold it here, wrapped as
    // the VM computes it at run time (-2147483648, and 0 for %).
    const l = evaluateConstant(fs.program, e.left);
    const r = l && evaluateConstant(fs.program, e.right);
    if (l?.type === "int" && r?.type === "int" && l.value === -2147483648 && r.value === -1) {
      fs.program.twin?.expression(e, "int");
      return { pre: [], expr: { kind: "int", value: op === "/" ? -2147483648 : 0 }, type: "int" };
    }
  }
  const left = lowerExpr(fs, e.left);
  const right = lowerExpr(fs, e.right);
  const ordered = orderLeftToRight(fs, [e.left, e.right], [left, right]);
  const typed = typeBinary(fs, e, op, { ...left, expr: ordered.exprs[0] }, { ...right, expr: ordered.exprs[1] });
  if (!typed) return failed();
  return { pre: ordered.pre, expr: { kind: "binary", op, left: typed.left, right: typed.right }, type: typed.type };
}

function isConstantZero(fs: FunctionScope, e: ts.Expression): boolean {
  const c = evaluateConstant(fs.program, e);
  return !!c && c.type !== "string" && c.value === 0;
}

interface Typed {
  left: NwExpr;
  right: NwExpr;
  type: string;
}

/** NWScript's operand rules; an int literal facing a float in a comparison is written as a float. */
function typeBinary(fs: FunctionScope, e: ts.BinaryExpression, op: NwBinaryOp, l: Lowered, r: Lowered): Typed | undefined {
  const report = fs.program.diagnostics;
  const lt = l.type;
  const rt = r.type;
  if (lt === ERROR_TYPE || rt === ERROR_TYPE) return { left: l.expr, right: r.expr, type: ERROR_TYPE };
  const num = (t: string) => t === "int" || t === "float";
  const result = (type: string, left = l.expr, right = r.expr): Typed => ({ left, right, type });
  switch (op) {
    case "+":
      if (lt === "string" && rt === "string") return result("string");
      if (lt === "string" || rt === "string") {
        const other = lt === "string" ? rt : lt;
        report.report(e, "StringConcatNonString", other, other === "int" ? "IntToString" : other === "float" ? "FloatToString" : "a conversion function");
        return undefined;
      }
    // fall through: numeric and vector addition
    case "-":
      if (num(lt) && num(rt)) return result(lt === "float" || rt === "float" ? "float" : "int");
      if (lt === "vector" && rt === "vector") return result("vector");
      break;
    case "*":
      if (num(lt) && num(rt)) return result(lt === "float" || rt === "float" ? "float" : "int");
      if ((lt === "vector" && rt === "float") || (lt === "float" && rt === "vector")) return result("vector");
      break;
    case "/":
      if (num(lt) && num(rt)) return result(lt === "float" || rt === "float" ? "float" : "int");
      if (lt === "vector" && rt === "float") return result("vector");
      break;
    case "%": case "<<": case ">>": case "&": case "^": case "|":
      if (lt === "int" && rt === "int") return result("int");
      break;
    case "<": case "<=": case ">": case ">=":
      if (lt === "string" && rt === "string") {
        report.report(e.operatorToken, "StringOrdering", op);
        return undefined;
      }
      return sameNumeric(fs, e, l, r, ["int", "float"]);
    case "==": case "!=":
      if (isStructLike(lt) || isStructLike(rt)) {
        report.report(e, "StructEquality", isStructLike(lt) ? lt : rt);
        return undefined;
      }
      return sameNumeric(fs, e, l, r, ["int", "float", "string", "object"]);
  }
  report.report(e.operatorToken, "InvalidOperands", op, lt, rt);
  return undefined;
}

function isStructLike(t: string): boolean {
  return t.startsWith("struct ") || t === "vector";
}

/** Comparison operands must have one type; an int literal may stand for a float. */
function sameNumeric(fs: FunctionScope, e: ts.BinaryExpression, l: Lowered, r: Lowered, allowed: string[]): Typed | undefined {
  let left = l.expr;
  let right = r.expr;
  let lt = l.type;
  let rt = r.type;
  if (lt === "int" && rt === "float" && intLiteralAsFloat(left)) {
    [left, lt] = [intLiteralAsFloat(left)!, "float"];
    fs.program.twin?.expression(e.left, "float");
  }
  if (lt === "float" && rt === "int" && intLiteralAsFloat(right)) {
    [right, rt] = [intLiteralAsFloat(right)!, "float"];
    fs.program.twin?.expression(e.right, "float");
  }
  if (lt === rt && allowed.includes(lt)) return { left, right, type: "int" };
  if ((lt === "int" && rt === "float") || (lt === "float" && rt === "int")) fs.program.diagnostics.report(e, "MixedComparison");
  else fs.program.diagnostics.report(e.operatorToken, "InvalidOperands", e.operatorToken.getText(), lt, rt);
  return undefined;
}

/** An assignable place: a variable or a chain of field accesses on one. */
export function lowerLvalue(fs: FunctionScope, e: ts.Expression): Lowered | undefined {
  let root: ts.Expression = e;
  while (ts.isPropertyAccessExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  const sym = ts.isIdentifier(root) ? fs.program.symbolOf(root) : undefined;
  const info = sym && (fs.locals.get(sym) ?? fs.program.values.get(sym));
  if (!info || info.constantValue) {
    fs.program.diagnostics.report(e, "NotAnLvalue", e.getText());
    return undefined;
  }
  return lowerExpr(fs, e);
}

/** `target op= value` as a statement. */
export function lowerAssignmentStatement(fs: FunctionScope, e: ts.BinaryExpression): NwStmt[] {
  const a = lowerAssignment(fs, e);
  return a ? [...a.pre, { kind: "expr", expr: a.expr }] : [];
}

/** An assignment whose value is used: the assignment becomes a statement, the value a read. */
export function lowerAssignmentValue(fs: FunctionScope, e: ts.BinaryExpression): Lowered {
  const a = lowerAssignment(fs, e);
  if (!a || a.expr.kind !== "assign") return failed();
  return { pre: [...a.pre, { kind: "expr", expr: a.expr }], expr: a.expr.target, type: a.type };
}

function lowerAssignment(fs: FunctionScope, e: ts.BinaryExpression): Lowered | undefined {
  const op = COMPOUND[e.operatorToken.kind];
  if (!op) {
    const key = e.operatorToken.kind === K.GreaterThanGreaterThanGreaterThanEqualsToken ? "UnsignedShift" : "UnsupportedSyntax";
    fs.program.diagnostics.report(e.operatorToken, key, `operator '${e.operatorToken.getText()}'`);
    return undefined;
  }
  const target = lowerLvalue(fs, e.left);
  if (!target) return undefined;
  let value = lowerExpr(fs, e.right, target.type);
  const pre: NwStmt[] = [...target.pre];
  if (op === "=") {
    value = coerce(fs, e.right, value, target.type);
    return { pre: [...pre, ...value.pre], expr: { kind: "assign", op, target: target.expr, value: value.expr }, type: target.type };
  }
  if ((op === "/=" || op === "%=") && isConstantZero(fs, e.right)) {
    fs.program.diagnostics.report(e.right, "DivisionByZero");
    return undefined;
  }
  const binOp = op.slice(0, -1) as NwBinaryOp;
  const t = target.type;
  const v = value.type;
  const okTypes =
    t === "?" || v === "?" ||
    (t === "int" && v === "int") ||
    (t === "float" && (v === "float" || v === "int") && ["+", "-", "*", "/"].includes(binOp)) ||
    (t === "string" && v === "string" && binOp === "+") ||
    (t === "vector" && ((v === "vector" && (binOp === "+" || binOp === "-")) || (v === "float" && (binOp === "*" || binOp === "/"))));
  if (!okTypes) {
    if (t === "int" && v === "float") fs.program.diagnostics.report(e, "CompoundAssignType", op);
    else fs.program.diagnostics.report(e.operatorToken, "InvalidOperands", op, t, v);
    return undefined;
  }
  // TypeScript reads the target before evaluating the value; if the value can change the target,
  // read it into a temporary first.
  if (value.pre.length > 0 || affects(effectsOf(fs, e.right), effectsOf(fs, e.left))) {
    const old = fs.hoist(pre, t, target.expr);
    pre.push(...value.pre);
    const combined: NwExpr = { kind: "binary", op: binOp, left: { kind: "name", name: old }, right: value.expr };
    return { pre, expr: { kind: "assign", op: "=", target: target.expr, value: combined }, type: t };
  }
  if (t === "float" && v === "int") {
    const f = intLiteralAsFloat(value.expr);
    if (f) value = { ...value, expr: f };
  }
  return { pre, expr: { kind: "assign", op, target: target.expr, value: value.expr }, type: t };
}

