// Calls of engine and user functions, and the actions passed to DelayCommand, AssignCommand and
// ActionDoCommand. Arguments are coerced to the parameter types and, where their side effects
// could be reordered by NWScript's right-to-left evaluation, moved into temporaries.
import { ts } from "#ts-morph";
import type { NwExpr } from "../../nwscript/ast.js";
import type { FunctionScope, ProgramContext } from "../context.js";
import { coerce } from "../coerce.js";
import { effectsOf } from "../effects.js";
import { ERROR_TYPE, failed, type Lowered } from "../lowered.js";
import { orderCallArguments } from "../order.js";
import { nwTypeOfNode } from "../types.js";
import { lowerExpr } from "./expressions.js";

export interface Signature {
  nwName: string;
  returnType: string;
  params: string[];
}

const engineSignatures = new WeakMap<ts.Declaration, Signature | null>();

/** The callee's NWScript signature: user functions from the module tables, engine ones from their declaration. */
export function signatureOf(ctx: ProgramContext, callee: ts.Identifier): Signature | undefined {
  const sym = ctx.symbolOf(callee);
  if (!sym) return undefined;
  const user = ctx.signatures.get(sym);
  if (user) return user;
  const decl = sym.valueDeclaration;
  if (!decl || !ctx.isEngineDeclaration(decl) || !ts.isFunctionDeclaration(decl)) return undefined;
  let sig = engineSignatures.get(decl);
  if (sig === undefined) {
    const params = decl.parameters.map((p) => (p.type ? nwTypeOfNode(ctx, p.type) : undefined));
    const returnType = decl.type ? nwTypeOfNode(ctx, decl.type) : undefined;
    sig = returnType && params.every((p) => p) ? { nwName: decl.name!.text, returnType, params: params as string[] } : null;
    engineSignatures.set(decl, sig);
  }
  return sig ?? undefined;
}

export function lowerCall(fs: FunctionScope, call: ts.CallExpression): Lowered {
  const ctx = fs.program;
  if (!ts.isIdentifier(call.expression)) {
    ctx.diagnostics.report(call.expression, "UnsupportedSyntax", "calling anything but a named function (methods, function values)");
    return failed();
  }
  const sig = signatureOf(ctx, call.expression);
  if (!sig) {
    // A function of this very module whose signature failed was reported at its declaration, and
    // the module gets no output anyway; a call from another module must still fail that module.
    const decl = ctx.symbolOf(call.expression)?.valueDeclaration;
    const reportedHere = decl && ts.isFunctionDeclaration(decl) && decl.body && decl.getSourceFile() === call.getSourceFile();
    if (!reportedHere) ctx.diagnostics.report(call.expression, "UndefinedValue", call.expression.text);
    return failed();
  }
  const items = call.arguments.map((arg, i): Lowered => {
    const paramType = sig.params[i] ?? ERROR_TYPE;
    if (paramType === "action") return lowerAction(fs, arg);
    return coerce(fs, arg, lowerExpr(fs, arg, paramType), paramType);
  });
  hoistBeforeAction(fs, call, sig, items);
  const ordered = orderCallArguments(fs, [...call.arguments], items);
  const expr: NwExpr = { kind: "call", callee: sig.nwName, args: ordered.exprs };
  return { pre: ordered.pre, expr, type: sig.returnType };
}

/**
 * NWScript saves the script's state for an action when it reaches the action argument — the last
 * one, so before the others are evaluated (right to left). TypeScript evaluates the delay or the
 * target first. Arguments with effects beside an action therefore run first, into temporaries:
 * `DelayCommand(NextDelay(), () => F())` → `float __t1 = NextDelay(); DelayCommand(__t1, F());`.
 */
function hoistBeforeAction(fs: FunctionScope, call: ts.CallExpression, sig: Signature, items: Lowered[]): void {
  if (!sig.params.includes("action")) return;
  items.forEach((item, i) => {
    if (sig.params[i] === "action" || item.type === ERROR_TYPE || item.type === "void") return;
    if (item.pre.length === 0 && !effectsOf(fs, call.arguments[i]).sideEffects) return;
    const pre = [...item.pre];
    const name = fs.hoist(pre, item.type, item.expr);
    items[i] = { pre, expr: { kind: "name", name }, type: item.type };
  });
}

/** `() => F(args)` → the action `F(args)`, whose arguments NWScript evaluates when it runs. */
function lowerAction(fs: FunctionScope, arg: ts.Expression): Lowered {
  const ctx = fs.program;
  const body = actionBody(arg);
  if (!body) {
    ctx.diagnostics.report(arg, "ActionBodyNotACall");
    return failed();
  }
  const inner = lowerCall(fs, body);
  if (inner.type !== "void" && inner.type !== ERROR_TYPE) {
    ctx.diagnostics.report(body, "ActionBodyNotACall");
    return failed();
  }
  if (inner.pre.length > 0) {
    // An action has no place for statements: they would run now instead of when it runs.
    ctx.diagnostics.report(body, "ActionArgumentOrder");
    return failed();
  }
  return { pre: [], expr: inner.expr, type: "action" };
}

function actionBody(arg: ts.Expression): ts.CallExpression | undefined {
  if (!ts.isArrowFunction(arg) || arg.parameters.length > 0 || arg.modifiers?.length) return undefined;
  let body: ts.Node = arg.body;
  if (ts.isBlock(body)) {
    if (body.statements.length !== 1 || !ts.isExpressionStatement(body.statements[0])) return undefined;
    body = body.statements[0].expression;
  }
  while (ts.isParenthesizedExpression(body)) body = body.expression;
  return ts.isCallExpression(body) ? body : undefined;
}
