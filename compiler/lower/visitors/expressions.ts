// Dispatch of TypeScript expressions to their visitors, plus names and parentheses.
import { ts } from "#ts-morph";
import type { FunctionScope } from "../context.js";
import { failed, plain, type Lowered } from "../lowered.js";
import { lowerAssignmentValue, lowerBinary } from "./operators.js";
import { lowerCall } from "./calls.js";
import { lowerConditional } from "./conditional.js";
import { lowerBoolean, lowerNumericLiteral, lowerStringLiteral, lowerTemplate } from "./literals.js";
import { lowerFieldAccess, lowerObjectLiteral } from "./structs.js";
import { lowerPostfix, lowerPrefix } from "./unary.js";
import { isAssignmentOperator } from "../effects.js";
import { nwTypeOfNode } from "../types.js";

/**
 * Lowers an expression. `expected` is the NWScript type of the slot it fills, when known: object
 * literals need it to know which struct they build.
 */
export function lowerExpr(fs: FunctionScope, e: ts.Expression, expected?: string): Lowered {
  const lowered = lowerByKind(fs, e, expected);
  fs.program.twin?.expression(e, lowered.type);
  return lowered;
}

function lowerByKind(fs: FunctionScope, e: ts.Expression, expected?: string): Lowered {
  switch (e.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return lowerNumericLiteral(fs, e as ts.NumericLiteral);
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return lowerStringLiteral(fs, e, (e as ts.StringLiteral).text);
    case ts.SyntaxKind.TemplateExpression:
      return lowerTemplate(fs, e as ts.TemplateExpression);
    case ts.SyntaxKind.TrueKeyword:
      return lowerBoolean(true);
    case ts.SyntaxKind.FalseKeyword:
      return lowerBoolean(false);
    case ts.SyntaxKind.Identifier:
      return lowerIdentifier(fs, e as ts.Identifier);
    case ts.SyntaxKind.ParenthesizedExpression:
      return lowerExpr(fs, (e as ts.ParenthesizedExpression).expression, expected);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return lowerPrefix(fs, e as ts.PrefixUnaryExpression);
    case ts.SyntaxKind.PostfixUnaryExpression:
      return lowerPostfix(fs, e as ts.PostfixUnaryExpression);
    case ts.SyntaxKind.BinaryExpression: {
      const b = e as ts.BinaryExpression;
      return isAssignmentOperator(b.operatorToken.kind) ? lowerAssignmentValue(fs, b) : lowerBinary(fs, b);
    }
    case ts.SyntaxKind.ConditionalExpression:
      return lowerConditional(fs, e as ts.ConditionalExpression, expected);
    case ts.SyntaxKind.CallExpression:
      return lowerCall(fs, e as ts.CallExpression);
    case ts.SyntaxKind.PropertyAccessExpression:
      return lowerFieldAccess(fs, e as ts.PropertyAccessExpression);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return lowerObjectLiteral(fs, e as ts.ObjectLiteralExpression, expected);
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      fs.program.diagnostics.report(e, "ClosureNotAllowed");
      return failed();
  }
  // The subset check reports every other kind before lowering starts.
  fs.program.diagnostics.report(e, "UnsupportedSyntax", describeSyntax(e));
  return failed();
}

function lowerIdentifier(fs: FunctionScope, id: ts.Identifier): Lowered {
  const ctx = fs.program;
  const sym = ctx.symbolOf(id);
  if (!sym) {
    ctx.diagnostics.report(id, "UndefinedValue", id.text);
    return failed();
  }
  const local = fs.locals.get(sym);
  if (local) ctx.twin?.local(id);
  const value = local ?? ctx.values.get(sym);
  if (value) return plain({ kind: "name", name: value.nwName }, value.type);
  const decl = sym.valueDeclaration;
  if (decl && ctx.isEngineDeclaration(decl) && ts.isVariableDeclaration(decl) && decl.type) {
    const type = nwTypeOfNode(ctx, decl.type);
    return type ? plain({ kind: "name", name: id.text }, type) : failed();
  }
  if (decl && (ts.isFunctionDeclaration(decl) || ctx.signatures.has(sym))) {
    ctx.diagnostics.report(id, "ClosureNotAllowed");
    return failed();
  }
  ctx.diagnostics.report(id, "UndefinedValue", id.text);
  return failed();
}

/** A readable name for a syntax kind, for "X is not supported" messages. */
export function describeSyntax(node: ts.Node): string {
  const name = ts.SyntaxKind[node.kind]
    .replace(/(Expression|Statement|Declaration|Literal)$/, " $1")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return `'${name}'`;
}
