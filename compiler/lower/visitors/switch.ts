// switch on an int maps directly (labels must be constants). NWScript cannot switch on a string:
// such a switch becomes an if/else-if chain when no clause falls through, and otherwise a switch
// on the index of the matching label, which keeps fallthrough exactly.
import { ts } from "#ts-morph";
import type { NwCaseClause, NwExpr, NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { evaluateConstant } from "../fold.js";
import { ERROR_TYPE } from "../lowered.js";
import { checkConstant } from "./constants.js";
import { lowerExpr } from "./expressions.js";
import { lowerStatement } from "./statements.js";

export function lowerSwitch(fs: FunctionScope, s: ts.SwitchStatement): NwStmt[] {
  const subject = lowerExpr(fs, s.expression);
  if (subject.type === ERROR_TYPE) return [];
  if (subject.type !== "int" && subject.type !== "string") {
    fs.program.diagnostics.report(s.expression, "TypeMismatch", subject.type, "int or string");
    return [];
  }
  checkCaseScopes(fs, s);
  const labels = s.caseBlock.clauses.map((c) => (ts.isCaseClause(c) ? caseValue(fs, c.expression, subject.type) : ("default" as const)));
  if (labels.some((l) => l === undefined)) return [];
  const seen = new Map<string, true>();
  s.caseBlock.clauses.forEach((c, i) => {
    const l = labels[i];
    if (l === "default" || l === undefined) return;
    const key = JSON.stringify(l);
    if (seen.has(key)) fs.program.diagnostics.report(c, "DuplicateCaseLabel", key);
    seen.set(key, true);
  });
  const bodies = s.caseBlock.clauses.map((c) => lowerClauseBody(fs, c));
  if (subject.type === "int") {
    const clauses = mergeLabels(labels.map((l) => (l === "default" ? "default" : ({ kind: "int", value: l as number } as NwExpr))), bodies);
    return [...subject.pre, { kind: "switch", expr: subject.expr, clauses }];
  }
  return lowerStringSwitch(fs, subject.pre, subject.expr, labels as (string | "default")[], bodies, s);
}

function caseValue(fs: FunctionScope, e: ts.Expression, type: string): number | string | undefined {
  const c = evaluateConstant(fs.program, e);
  if (!c || c.type !== type) {
    fs.program.diagnostics.report(e, "CaseNotConstant");
    return undefined;
  }
  checkConstant(fs, e, c);
  return c.value;
}

/** A clause body; braced when it declares something, since a case label may not jump a declaration. */
function lowerClauseBody(fs: FunctionScope, c: ts.CaseOrDefaultClause): NwStmt[] {
  fs.enterBlock();
  const body = c.statements.flatMap((st) => lowerStatement(fs, st));
  fs.exitBlock();
  return body.some((st) => st.kind === "decl") ? [{ kind: "block", body }] : body;
}

/** Empty clauses fall into the next one: print them as stacked labels. */
function mergeLabels(labels: (NwExpr | "default")[], bodies: NwStmt[][]): NwCaseClause[] {
  const out: NwCaseClause[] = [];
  let pending: (NwExpr | "default")[] = [];
  labels.forEach((l, i) => {
    pending.push(l);
    if (bodies[i].length > 0 || i === labels.length - 1) {
      out.push({ labels: pending, body: bodies[i] });
      pending = [];
    }
  });
  return out;
}

function lowerStringSwitch(fs: FunctionScope, pre: NwStmt[], subject: NwExpr, labels: (string | "default")[], bodies: NwStmt[][], s: ts.SwitchStatement): NwStmt[] {
  const out = [...pre];
  // Evaluate the subject once.
  const value: NwExpr = subject.kind === "name" ? subject : { kind: "name", name: fs.hoist(out, "string", subject) };
  const equals = (l: string): NwExpr => ({ kind: "binary", op: "==", left: value, right: { kind: "string", value: l } });
  const groups = groupClauses(labels, bodies);
  if (groups && groupsEndCleanly(s)) {
    // if/else-if chain; the default group, wherever it stood, becomes the final else.
    let chain: NwStmt | undefined = groups.find((g) => g.isDefault) && { kind: "block", body: groups.find((g) => g.isDefault)!.body };
    for (const g of [...groups].reverse()) {
      const strings = g.labels.filter((l): l is string => l !== "default");
      if (g.isDefault && strings.length === 0) continue;
      const cond = strings.map(equals).reduce((a, b) => ({ kind: "binary", op: "||", left: a, right: b }));
      chain = { kind: "if", cond, then: { kind: "block", body: g.body }, else: chain };
    }
    if (chain) out.push(chain);
    return out;
  }
  // Fallthrough: switch on the position of the matching label.
  const index = fs.temp("int");
  out.push({ kind: "decl", type: "int", declarators: [{ name: index, init: { kind: "int", value: 0 } }] });
  let chain: NwStmt | undefined;
  labels.map((l, i) => ({ l, i })).filter((x) => x.l !== "default").reverse().forEach(({ l, i }) => {
    chain = { kind: "if", cond: equals(l as string), then: { kind: "expr", expr: { kind: "assign", op: "=", target: { kind: "name", name: index }, value: { kind: "int", value: i + 1 } } }, else: chain };
  });
  if (chain) out.push(chain);
  const clauses = mergeLabels(labels.map((l, i) => (l === "default" ? "default" : ({ kind: "int", value: i + 1 } as NwExpr))), bodies);
  out.push({ kind: "switch", expr: { kind: "name", name: index }, clauses });
  return out;
}

interface Group {
  labels: (string | "default")[];
  isDefault: boolean;
  body: NwStmt[];
}

/**
 * Groups stacked labels with the body they share. Undefined when some non-empty body does not
 * end in break, return or continue (it would fall through) — the chain form cannot express that.
 * The trailing break is dropped: in an if chain it is not needed.
 */
function groupClauses(labels: (string | "default")[], bodies: NwStmt[][]): Group[] | undefined {
  const groups: Group[] = [];
  let pending: (string | "default")[] = [];
  for (let i = 0; i < labels.length; i++) {
    pending.push(labels[i]);
    const body = bodies[i];
    if (body.length === 0 && i < labels.length - 1) continue;
    const flat = body.length === 1 && body[0].kind === "block" ? body[0].body : body;
    const last = flat[flat.length - 1];
    const isLast = i === labels.length - 1;
    if (!last) {
      groups.push({ labels: pending, isDefault: pending.includes("default"), body: [] });
    } else if (last.kind === "break") {
      groups.push({ labels: pending, isDefault: pending.includes("default"), body: flat.slice(0, -1) });
    } else if (last.kind === "return" || last.kind === "continue" || isLast) {
      groups.push({ labels: pending, isDefault: pending.includes("default"), body: flat });
    } else return undefined;
    pending = [];
  }
  return groups;
}

/** A break anywhere but at the end of a clause would leave the switch: the chain cannot say that. */
function groupsEndCleanly(s: ts.SwitchStatement): boolean {
  let inner = false;
  const visit = (n: ts.Node, top: boolean): void => {
    if (ts.isBreakStatement(n) && !n.label && !top) inner = true;
    if (ts.isIterationStatement(n, false) || ts.isSwitchStatement(n) || ts.isFunctionLike(n)) return;
    ts.forEachChild(n, (c) => visit(c, false));
  };
  for (const clause of s.caseBlock.clauses) {
    clause.statements.forEach((st, i) => {
      if (ts.isBreakStatement(st) && i === clause.statements.length - 1) return;
      visit(st, false);
    });
  }
  return !inner;
}

/** A let/const declared directly in one clause and used in another cannot survive the bracing. */
function checkCaseScopes(fs: FunctionScope, s: ts.SwitchStatement): void {
  const owner = new Map<ts.Symbol, number>();
  s.caseBlock.clauses.forEach((c, i) => {
    for (const st of c.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        const sym = ts.isIdentifier(d.name) ? fs.program.symbolOf(d.name) : undefined;
        if (sym) owner.set(sym, i);
      }
    }
  });
  if (owner.size === 0) return;
  s.caseBlock.clauses.forEach((c, i) => {
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) {
        const sym = fs.program.symbolOf(n);
        const o = sym && owner.get(sym);
        if (o !== undefined && o !== i) fs.program.diagnostics.report(n, "CaseScopeDeclaration");
      }
      ts.forEachChild(n, visit);
    };
    c.statements.forEach(visit);
  });
}
