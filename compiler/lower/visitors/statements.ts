// Statements: blocks, declarations, expressions, if, return, break/continue. Loops and switch
// have their own visitors. Every visitor returns a list: the statement plus any temporaries its
// expressions needed first.
import { ts } from "#ts-morph";
import type { NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { coerce } from "../coerce.js";
import { ERROR_TYPE } from "../lowered.js";
import { isStruct, nwTypeOfNode } from "../types.js";
import { lowerCondition } from "./conditional.js";
import { lowerExpr } from "./expressions.js";
import { lowerDo, lowerFor, lowerWhile } from "./loops.js";
import { lowerAssignmentStatement } from "./operators.js";
import { fillStruct } from "./structs.js";
import { lowerSwitch } from "./switch.js";
import { isAssignmentOperator } from "../effects.js";

export function lowerStatement(fs: FunctionScope, s: ts.Statement): NwStmt[] {
  switch (s.kind) {
    case ts.SyntaxKind.Block:
      return [lowerBlock(fs, (s as ts.Block).statements)];
    case ts.SyntaxKind.VariableStatement:
      return lowerVariableList(fs, (s as ts.VariableStatement).declarationList);
    case ts.SyntaxKind.ExpressionStatement:
      return lowerExpressionStatement(fs, (s as ts.ExpressionStatement).expression);
    case ts.SyntaxKind.IfStatement:
      return lowerIf(fs, s as ts.IfStatement);
    case ts.SyntaxKind.ReturnStatement:
      return lowerReturn(fs, s as ts.ReturnStatement);
    case ts.SyntaxKind.BreakStatement:
      return [{ kind: "break" }];
    case ts.SyntaxKind.ContinueStatement:
      return [{ kind: "continue" }];
    case ts.SyntaxKind.EmptyStatement:
      return [];
    case ts.SyntaxKind.WhileStatement:
      return lowerWhile(fs, s as ts.WhileStatement);
    case ts.SyntaxKind.DoStatement:
      return lowerDo(fs, s as ts.DoStatement);
    case ts.SyntaxKind.ForStatement:
      return lowerFor(fs, s as ts.ForStatement);
    case ts.SyntaxKind.SwitchStatement:
      return lowerSwitch(fs, s as ts.SwitchStatement);
  }
  fs.program.diagnostics.report(s, "UnsupportedSyntax", `'${ts.SyntaxKind[s.kind]}'`);
  return [];
}

export function lowerBlock(fs: FunctionScope, statements: readonly ts.Statement[]): NwStmt {
  fs.enterBlock();
  const body = statements.flatMap((st) => lowerStatement(fs, st));
  fs.exitBlock();
  return { kind: "block", body };
}

/** A nested statement (if/loop body): one statement, braced by the printer. */
export function lowerBody(fs: FunctionScope, s: ts.Statement): NwStmt {
  if (ts.isBlock(s)) return lowerBlock(fs, s.statements);
  fs.enterBlock();
  const body = lowerStatement(fs, s);
  fs.exitBlock();
  return body.length === 1 && body[0].kind !== "decl" ? body[0] : { kind: "block", body };
}

export function lowerVariableList(fs: FunctionScope, list: ts.VariableDeclarationList, fromFor = false): NwStmt[] {
  const out: NwStmt[] = [];
  for (const d of list.declarations) {
    if (!ts.isIdentifier(d.name)) continue; // the subset check rejects destructuring
    const sym = fs.program.symbolOf(d.name);
    let type = d.type ? nwTypeOfNode(fs.program, d.type) : undefined;
    if (d.type && !type) continue;
    if (d.initializer && ts.isObjectLiteralExpression(d.initializer) && type && isStruct(type)) {
      // Build a struct literal straight into the new variable.
      fs.program.twin?.declaration(d, type, false);
      const { nwName } = fs.declareLocal(sym!, d.name.text, type, fromFor);
      out.push({ kind: "decl", type, declarators: [{ name: nwName }] });
      out.push(...fillStruct(fs, d.initializer, type, { kind: "name", name: nwName }));
      continue;
    }
    let init = d.initializer ? lowerExpr(fs, d.initializer, type) : undefined;
    if (init && type) init = coerce(fs, d.initializer!, init, type);
    type ??= init?.type;
    if (!type || type === ERROR_TYPE || type === "void") {
      if (!type) fs.program.diagnostics.report(d, "CannotInferType", d.name.text);
      else if (type === "void") fs.program.diagnostics.report(d.initializer!, "VoidValue");
      continue;
    }
    if (init) out.push(...init.pre);
    fs.program.twin?.declaration(d, type, false);
    const { nwName, reused } = fs.declareLocal(sym!, d.name.text, type, fromFor);
    if (reused) {
      if (init) out.push({ kind: "expr", expr: { kind: "assign", op: "=", target: { kind: "name", name: nwName }, value: init.expr } });
    } else {
      out.push({ kind: "decl", type, declarators: [{ name: nwName, init: init?.expr }] });
    }
  }
  return out;
}

export function lowerExpressionStatement(fs: FunctionScope, e: ts.Expression): NwStmt[] {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e) && isAssignmentOperator(e.operatorToken.kind)) return lowerAssignmentStatement(fs, e);
  const v = lowerExpr(fs, e);
  return [...v.pre, { kind: "expr", expr: v.expr }];
}

function lowerIf(fs: FunctionScope, s: ts.IfStatement): NwStmt[] {
  const cond = lowerCondition(fs, s.expression);
  const then = lowerBody(fs, s.thenStatement);
  let otherwise: NwStmt | undefined;
  if (s.elseStatement) otherwise = lowerBody(fs, s.elseStatement);
  return [...cond.pre, { kind: "if", cond: cond.expr, then, else: otherwise }];
}

function lowerReturn(fs: FunctionScope, s: ts.ReturnStatement): NwStmt[] {
  if (!s.expression) return [{ kind: "return" }];
  let v = lowerExpr(fs, s.expression, fs.returnType);
  if (fs.returnType === "void") {
    // `return f();` in a void function: call, then return.
    return [...v.pre, { kind: "expr", expr: v.expr }, { kind: "return" }];
  }
  v = coerce(fs, s.expression, v, fs.returnType);
  return [...v.pre, { kind: "return", value: v.expr }];
}
