// while, do-while and for. NWScript forbids declarations in a for initialiser, so `let i` is
// declared just before the loop (reusing an earlier loop's `i` of the same type in the same block).
// A condition that needs temporaries is re-evaluated inside the loop body.
import { ts } from "#ts-morph";
import type { NwExpr, NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { lowerCondition } from "./conditional.js";
import { lowerBody, lowerExpressionStatement, lowerVariableList } from "./statements.js";

const notExpr = (e: NwExpr): NwExpr => ({ kind: "unary", op: "!", operand: e });
const breakUnless = (cond: NwExpr): NwStmt => ({ kind: "if", cond: notExpr(cond), then: { kind: "break" } });
const asBlock = (s: NwStmt): NwStmt[] => (s.kind === "block" ? s.body : [s]);

export function lowerWhile(fs: FunctionScope, s: ts.WhileStatement): NwStmt[] {
  const cond = lowerCondition(fs, s.expression);
  const body = lowerBody(fs, s.statement);
  if (cond.pre.length === 0) return [{ kind: "while", cond: cond.expr, body }];
  // continue jumps back to the top, where the condition is computed again: nothing is skipped.
  return [{ kind: "while", cond: { kind: "name", name: "TRUE" }, body: { kind: "block", body: [...cond.pre, breakUnless(cond.expr), ...asBlock(body)] } }];
}

export function lowerDo(fs: FunctionScope, s: ts.DoStatement): NwStmt[] {
  const body = lowerBody(fs, s.statement);
  const cond = lowerCondition(fs, s.expression);
  if (cond.pre.length === 0) return [{ kind: "do", body, cond: cond.expr }];
  if (hasOwnContinue(s.statement)) {
    fs.program.diagnostics.report(s.expression, "LoopWithHoistAndContinue", "condition");
    return [];
  }
  // The condition stands outside the body's block: the temporaries it reads are declared before
  // the loop and computed at the end of the body.
  const declared: NwStmt[] = [];
  const computed: NwStmt[] = [];
  for (const st of cond.pre) {
    const [first, ...inits] = splitDeclaration(st);
    if (st.kind === "decl") declared.push(first);
    else computed.push(first);
    computed.push(...inits);
  }
  return [...declared, { kind: "do", body: { kind: "block", body: [...asBlock(body), ...computed] }, cond: cond.expr }];
}

export function lowerFor(fs: FunctionScope, s: ts.ForStatement): NwStmt[] {
  const before: NwStmt[] = [];
  let init: NwExpr | undefined;
  if (s.initializer) {
    let stmts: NwStmt[];
    if (ts.isVariableDeclarationList(s.initializer)) {
      stmts = lowerVariableList(fs, s.initializer, true);
      // A single declaration gives its value to the header: `int i; for (i = 0; …)`; several
      // stay declarations before the loop: `int lo = 0; int hi = 10; for (; …)`.
      if (s.initializer.declarations.length === 1 && stmts.length > 0) stmts = [...stmts.slice(0, -1), ...splitDeclaration(stmts[stmts.length - 1])];
    } else stmts = lowerExpressionStatement(fs, s.initializer);
    // The last expression goes in the for header; whatever precedes it runs just before the loop.
    const last = stmts[stmts.length - 1];
    if (last && last.kind === "expr") {
      before.push(...stmts.slice(0, -1));
      init = last.expr;
    } else before.push(...stmts);
  }
  const cond = s.condition ? lowerCondition(fs, s.condition) : undefined;
  const update = s.incrementor ? lowerExpressionStatement(fs, s.incrementor) : [];
  let body = lowerBody(fs, s.statement);
  let header: NwExpr | undefined;
  if (update.length === 1 && update[0].kind === "expr") header = update[0].expr;
  else if (update.length > 0) {
    if (hasOwnContinue(s.statement)) {
      fs.program.diagnostics.report(s.incrementor!, "LoopWithHoistAndContinue", "update");
      return [];
    }
    body = { kind: "block", body: [...asBlock(body), ...update] };
  }
  if (cond && cond.pre.length > 0) {
    body = { kind: "block", body: [...cond.pre, breakUnless(cond.expr), ...asBlock(body)] };
    return [...before, { kind: "for", init, update: header, body }];
  }
  return [...before, { kind: "for", init, cond: cond?.expr, update: header, body }];
}

/** `int i = 0;` → `int i;` + `i = 0` so the assignment can sit in the for header. */
function splitDeclaration(s: NwStmt): NwStmt[] {
  if (s.kind !== "decl") return [s];
  const decl: NwStmt = { kind: "decl", type: s.type, declarators: s.declarators.map((d) => ({ name: d.name })) };
  const inits: NwStmt[] = s.declarators.flatMap((d) =>
    d.init ? [{ kind: "expr", expr: { kind: "assign", op: "=", target: { kind: "name", name: d.name }, value: d.init } } as NwStmt] : [],
  );
  return [decl, ...inits];
}

/** Does this loop body contain a continue that targets this loop (not a nested one)? */
export function hasOwnContinue(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isContinueStatement(n)) found = true;
    else if (!ts.isIterationStatement(n, false) && !ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}
