// What evaluating an expression may do, to decide when evaluation order must be forced with
// temporaries (NWScript evaluates call arguments right to left; TypeScript left to right).
import { ts } from "#ts-morph";
import type { FunctionScope } from "./context.js";
import { evaluateConstant } from "./fold.js";

export interface Effects {
  /** Calls anything, assigns, increments: its place in the order matters. */
  sideEffects: boolean;
  /** Calls a user function (which may change any global). */
  userCall: boolean;
  /** Calls an engine function that only reads game state (GetLocalInt, EffectHeal…). */
  readsEngine: boolean;
  /** Calls something that may change game state (an engine setter, Random, an iterator, a user function). */
  writesEngine: boolean;
  writes: Set<ts.Symbol>;
  reads: Set<ts.Symbol>;
  readsGlobal: boolean;
  /** A compile-time constant: it can be evaluated at any point. */
  constant: boolean;
}

export function effectsOf(fs: FunctionScope, e: ts.Expression): Effects {
  const ctx = fs.program;
  const fx: Effects = { sideEffects: false, userCall: false, readsEngine: false, writesEngine: false, writes: new Set(), reads: new Set(), readsGlobal: false, constant: false };
  if (evaluateConstant(ctx, e)) {
    fx.constant = true;
    return fx;
  }
  const rootSymbol = (target: ts.Expression): ts.Symbol | undefined => {
    let t = target;
    while (ts.isPropertyAccessExpression(t) || ts.isParenthesizedExpression(t)) t = t.expression;
    return ts.isIdentifier(t) ? ctx.symbolOf(t) : undefined;
  };
  const write = (target: ts.Expression) => {
    fx.sideEffects = true;
    const sym = rootSymbol(target);
    if (sym) fx.writes.add(sym);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isArrowFunction(n)) return; // an action's body runs later, against a saved copy
    if (ts.isCallExpression(n)) {
      const sym = ts.isIdentifier(n.expression) ? ctx.symbolOf(n.expression) : undefined;
      const decl = sym?.valueDeclaration;
      const engine = !!decl && ctx.isEngineDeclaration(decl);
      if (engine && isEngineRead((n.expression as ts.Identifier).text)) {
        // Reads commute with reads: only a write elsewhere in the expression can reorder them.
        fx.readsEngine = true;
      } else {
        fx.sideEffects = true;
        fx.writesEngine = true;
        if (!engine) fx.userCall = true;
      }
      n.arguments.forEach(visit);
      return;
    }
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) write(n.left);
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
        (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) write(n.operand);
    if (ts.isIdentifier(n)) {
      const sym = ctx.symbolOf(n);
      if (sym) {
        fx.reads.add(sym);
        if (ctx.values.get(sym)?.global) fx.readsGlobal = true;
      }
      return;
    }
    if (ts.isPropertyAccessExpression(n)) return visit(n.expression);
    if (ts.isPropertyAssignment(n)) return visit(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(e);
  return fx;
}

/** Can evaluating `a` change what `b` reads? */
export function affects(a: Effects, b: Effects): boolean {
  if (a.userCall && b.readsGlobal) return true;
  if (a.writesEngine && b.readsEngine) return true;
  for (const s of a.writes) if (b.reads.has(s)) return true;
  return false;
}

export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/**
 * Engine functions that only read game state or build values: getters (but not the First/Next
 * iterators, which move a cursor, nor anything random), effect and item-property constructors,
 * conversions, string and vector arithmetic, JSON builders. Everything else may change state.
 */
export function isEngineRead(name: string): boolean {
  if (/Random|^GetFirst|^GetNext|^d\d+$/.test(name)) return false;
  return /^(Get|Effect|ItemProperty|Talent|Vector|Json(?!.*Inplace))/.test(name) || ENGINE_READS.has(name);
}

const ENGINE_READS = new Set([
  "IntToString", "FloatToString", "IntToFloat", "FloatToInt", "StringToInt", "StringToFloat", "IntToHexString",
  "ObjectToString", "abs", "fabs", "sqrt", "pow", "log", "cos", "sin", "tan", "acos", "asin", "atan",
  "Location", "FindSubString", "InsertString", "TestStringAgainstPattern", "HexStringToInt",
]);
