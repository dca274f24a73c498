// Numeric, string, boolean and template literals.
import { ts } from "#ts-morph";
import type { NwExpr } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { intLiteralValue, isIntLiteralText } from "../fold.js";
import { failed, plain, type Lowered } from "../lowered.js";
import { orderLeftToRight } from "../order.js";
import { FLOAT_MAX, floatText } from "../types.js";
import { lowerExpr } from "./expressions.js";

const INT_MAX = 2147483647;

export function lowerNumericLiteral(fs: FunctionScope, e: ts.NumericLiteral, negated = false): Lowered {
  const raw = e.getText().replace(/_/g, "");
  if (isIntLiteralText(raw)) {
    const big = BigInt(raw);
    const radix = /^0[xXbBoO]/.test(raw);
    // Decimal literals must fit (2147483648 only under unary minus); hex, octal and binary
    // literals may spell any 32-bit pattern, as NWScript reads them.
    const limit = radix ? 0xffffffffn : BigInt(INT_MAX) + (negated ? 1n : 0n);
    if (big > limit) {
      fs.program.diagnostics.report(e, "IntegerLiteralRange", raw);
      return failed();
    }
    const value = intLiteralValue(raw);
    return plain(radix ? { kind: "int", value, text: raw.slice(0, 2).toLowerCase() + raw.slice(2).toUpperCase() } : { kind: "int", value: Number(big) }, "int");
  }
  const value = Number(e.text);
  if (Math.abs(value) > FLOAT_MAX) {
    fs.program.diagnostics.report(e, "FloatLiteralRange", raw);
    return failed();
  }
  return plain({ kind: "float", text: floatText(value) }, "float");
}

export function lowerStringLiteral(fs: FunctionScope, e: ts.Node, value: string): Lowered {
  checkStringText(fs, e, value);
  return plain({ kind: "string", value }, "string");
}

function checkStringText(fs: FunctionScope, node: ts.Node, value: string): void {
  if (/[^\x20-\x7e\n]/.test(value)) fs.program.diagnostics.report(node, "StringLiteralChars");
  if (value.length >= 32768) fs.program.diagnostics.report(node, "StringLiteralLength");
}

export function lowerBoolean(value: boolean): Lowered {
  return plain({ kind: "name", name: value ? "TRUE" : "FALSE" }, "int");
}

/** `a${x}b` → "a" + x + "b"; ints go through IntToString (same text as JavaScript's). */
export function lowerTemplate(fs: FunctionScope, e: ts.TemplateExpression): Lowered {
  const spans = e.templateSpans.map((s) => lowerExpr(fs, s.expression));
  const ordered = orderLeftToRight(fs, e.templateSpans.map((s) => s.expression), spans);
  const parts: NwExpr[] = [];
  const addText = (node: ts.Node, text: string) => {
    if (text === "") return;
    checkStringText(fs, node, text);
    parts.push({ kind: "string", value: text });
  };
  addText(e.head, e.head.text);
  e.templateSpans.forEach((span, i) => {
    const { type } = spans[i];
    let part = ordered.exprs[i];
    // A boolean is an int in NWScript, but TypeScript prints it as "true"/"false", not "1"/"0".
    if (isBoolean(fs, span.expression)) fs.program.diagnostics.report(span.expression, "TemplateValue", "boolean");
    else if (type === "int") part = { kind: "call", callee: "IntToString", args: [part] };
    else if (type !== "string" && type !== "?") fs.program.diagnostics.report(span.expression, "TemplateValue", type);
    parts.push(part);
    addText(span.literal, span.literal.text);
  });
  if (parts.length === 0) return { pre: ordered.pre, expr: { kind: "string", value: "" }, type: "string" };
  const expr = parts.reduce((left, right) => ({ kind: "binary", op: "+", left, right }));
  return { pre: ordered.pre, expr, type: "string" };
}

function isBoolean(fs: FunctionScope, e: ts.Expression): boolean {
  return (fs.program.checker.getTypeAtLocation(e).flags & ts.TypeFlags.BooleanLike) !== 0;
}
