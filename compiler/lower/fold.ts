// Constant evaluation with NWScript's run-time meaning: 32-bit wrapping ints, truncating division,
// 32-bit floats, and the VM's `>>` (which shifts the magnitude of a negative value). Used for case
// labels, const globals, default values and to fold `>>` before the official compiler can fold it
// differently (it folds `-7 >> 1` to -4; the VM computes -3).
import { ts } from "#ts-morph";
import type { ProgramContext } from "./context.js";

export type Const = { type: "int"; value: number } | { type: "float"; value: number } | { type: "string"; value: string };

/** `x >> n` as the NWScript VM computes it. */
export function shiftRightVm(x: number, n: number): number {
  return x >= 0 ? x >> n : -(-x >> n) | 0;
}

export function intLiteralValue(text: string): number {
  return Number(BigInt.asIntN(32, BigInt(text.replace(/_/g, ""))));
}

export function isIntLiteralText(text: string): boolean {
  return /^0[xXbBoO]/.test(text) || !/[.eE]/.test(text);
}

export function evaluateConstant(ctx: ProgramContext, e: ts.Expression): Const | undefined {
  if (ts.isParenthesizedExpression(e)) return evaluateConstant(ctx, e.expression);
  if (ts.isNumericLiteral(e)) {
    return isIntLiteralText(e.getText()) ? { type: "int", value: intLiteralValue(e.getText()) } : { type: "float", value: Math.fround(Number(e.text)) };
  }
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { type: "string", value: e.text };
  if (e.kind === ts.SyntaxKind.TrueKeyword) return { type: "int", value: 1 };
  if (e.kind === ts.SyntaxKind.FalseKeyword) return { type: "int", value: 0 };
  if (ts.isIdentifier(e)) return constantOfSymbol(ctx, e);
  if (ts.isPrefixUnaryExpression(e)) {
    const v = evaluateConstant(ctx, e.operand);
    if (!v || v.type === "string") return undefined;
    switch (e.operator) {
      case ts.SyntaxKind.MinusToken:
        return v.type === "int" ? { type: "int", value: -v.value | 0 } : { type: "float", value: -v.value };
      case ts.SyntaxKind.TildeToken:
        return v.type === "int" ? { type: "int", value: ~v.value } : undefined;
      case ts.SyntaxKind.ExclamationToken:
        return v.type === "int" ? { type: "int", value: v.value === 0 ? 1 : 0 } : undefined;
    }
    return undefined;
  }
  if (ts.isBinaryExpression(e)) {
    const l = evaluateConstant(ctx, e.left);
    const r = l && evaluateConstant(ctx, e.right);
    return l && r ? foldBinary(e.operatorToken.kind, l, r) : undefined;
  }
  return undefined;
}

function constantOfSymbol(ctx: ProgramContext, id: ts.Identifier): Const | undefined {
  const sym = ctx.symbolOf(id);
  if (!sym) return undefined;
  const info = ctx.values.get(sym);
  if (info) return info.constantValue;
  const decl = sym.valueDeclaration;
  if (decl && ctx.isEngineDeclaration(decl)) {
    const text = ctx.engineConstantText(decl);
    if (text === undefined) return undefined;
    if (text.startsWith('"')) return { type: "string", value: JSON.parse(text) as string };
    return isIntLiteralText(text) ? { type: "int", value: intLiteralValue(text) } : { type: "float", value: Math.fround(Number(text)) };
  }
  return undefined;
}

function foldBinary(op: ts.SyntaxKind, l: Const, r: Const): Const | undefined {
  const K = ts.SyntaxKind;
  if (l.type === "string" || r.type === "string") {
    if (l.type === "string" && r.type === "string" && op === K.PlusToken) return { type: "string", value: l.value + r.value };
    return undefined;
  }
  if (l.type === "int" && r.type === "int") {
    const a = l.value;
    const b = r.value;
    const int = (value: number): Const => ({ type: "int", value: value | 0 });
    switch (op) {
      case K.PlusToken: return int(a + b);
      case K.MinusToken: return int(a - b);
      case K.AsteriskToken: return int(Math.imul(a, b));
      case K.SlashToken: return b === 0 ? undefined : int(a / b);
      case K.PercentToken: return b === 0 ? undefined : int(a % b);
      case K.LessThanLessThanToken: return int(a << b);
      case K.GreaterThanGreaterThanToken: return int(shiftRightVm(a, b));
      case K.AmpersandToken: return int(a & b);
      case K.BarToken: return int(a | b);
      case K.CaretToken: return int(a ^ b);
    }
    return undefined;
  }
  // int with float (or float with float): NWScript converts the int to float.
  const a = Math.fround(l.value);
  const b = Math.fround(r.value);
  const float = (value: number): Const => ({ type: "float", value: Math.fround(value) });
  switch (op) {
    case K.PlusToken: return float(a + b);
    case K.MinusToken: return float(a - b);
    case K.AsteriskToken: return float(a * b);
    case K.SlashToken: return b === 0 ? undefined : float(a / b);
  }
  return undefined;
}
