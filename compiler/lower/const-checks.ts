// Declared relations between module-level consts: `@npcCheck <expression>` in the doc comment of
// an exported const, e.g. `@npcCheck NPC_AREA_LOW_WATERMARK < NPC_AREA_HIGH_WATERMARK`. Every
// build evaluates them with the consts' final values (after build-configuration overrides), so a
// setting that breaks a relation the code relies on is refused before any NWScript is written.
// A check may name consts of its own module only: the twin compiles parts of a project, and a
// module always comes with itself.
import { ts } from "#ts-morph";
import type { ProgramContext } from "./context.js";
import type { Const } from "./fold.js";
import { declarationPlace } from "./overrides.js";

export interface ConstCheck {
  /** The expression as written. */
  text: string;
  /** The const whose doc comment holds it (diagnostics point at its name). */
  owner: ts.VariableDeclaration;
}

/** The `@npcCheck` lines of the doc comments before a statement. */
export function checksOf(sf: ts.SourceFile, st: ts.VariableStatement): string[] {
  const out: string[] = [];
  for (const range of ts.getLeadingCommentRanges(sf.text, st.pos) ?? []) {
    const comment = sf.text.slice(range.pos, range.end);
    if (!comment.startsWith("/**")) continue;
    for (const raw of comment.slice(3, -2).split("\n")) {
      const line = raw.replace(/^\s*\*?\s?/, "").trim();
      const m = /^@npcCheck\s+(.*)$/.exec(line);
      if (m) out.push(m[1]!.trim());
    }
  }
  return out;
}

export type CheckOutcome =
  | { ok: true }
  | { ok: false; invalid: true; reason: string }
  | { ok: false; invalid: false; names: string[] };

/**
 * Evaluates a check with JavaScript numbers (relations between small tunables need no NWScript
 * wrapping). `values` holds the consts of the check's module by name.
 */
export function evaluateCheck(text: string, values: ReadonlyMap<string, Const>): CheckOutcome {
  if (text === "") return { ok: false, invalid: true, reason: "the tag holds no expression" };
  const sf = ts.createSourceFile("check.ts", `(${text});`, ts.ScriptTarget.ES2022, false);
  const st = sf.statements[0];
  // parseDiagnostics is TypeScript's (internal) list of syntax errors of the file.
  const syntaxErrors = (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
  if (sf.statements.length !== 1 || !st || !ts.isExpressionStatement(st) || syntaxErrors > 0) {
    return { ok: false, invalid: true, reason: "not an expression" };
  }
  const names: string[] = [];
  const problems: string[] = [];
  const value = evaluate(st.expression, values, names, problems);
  if (problems.length > 0) return { ok: false, invalid: true, reason: problems[0]! };
  if (typeof value !== "boolean") return { ok: false, invalid: true, reason: "the expression must be a comparison (true or false)" };
  return value ? { ok: true } : { ok: false, invalid: false, names };
}

type V = number | string | boolean | undefined;

function evaluate(e: ts.Expression, values: ReadonlyMap<string, Const>, names: string[], problems: string[]): V {
  const K = ts.SyntaxKind;
  const sub = (x: ts.Expression) => evaluate(x, values, names, problems);
  if (ts.isParenthesizedExpression(e)) return sub(e.expression);
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isStringLiteral(e)) return e.text;
  if (ts.isIdentifier(e)) {
    const c = values.get(e.text);
    if (!c) {
      problems.push(`"${e.text}" is not a constant of this module`);
      return undefined;
    }
    if (!names.includes(e.text)) names.push(e.text);
    return c.value;
  }
  if (ts.isPrefixUnaryExpression(e)) {
    const v = sub(e.operand);
    if (e.operator === K.MinusToken && typeof v === "number") return -v;
    if (e.operator === K.ExclamationToken && typeof v === "boolean") return !v;
  } else if (ts.isBinaryExpression(e)) {
    const l = sub(e.left);
    const r = sub(e.right);
    const op = e.operatorToken.kind;
    if (typeof l === "boolean" && typeof r === "boolean") {
      if (op === K.AmpersandAmpersandToken) return l && r;
      if (op === K.BarBarToken) return l || r;
    }
    if (op === K.EqualsEqualsToken || op === K.EqualsEqualsEqualsToken) return l === r;
    if (op === K.ExclamationEqualsToken || op === K.ExclamationEqualsEqualsToken) return l !== r;
    if (typeof l === "number" && typeof r === "number") {
      switch (op) {
        case K.PlusToken: return l + r;
        case K.MinusToken: return l - r;
        case K.AsteriskToken: return l * r;
        case K.LessThanToken: return l < r;
        case K.LessThanEqualsToken: return l <= r;
        case K.GreaterThanToken: return l > r;
        case K.GreaterThanEqualsToken: return l >= r;
      }
    }
  }
  if (problems.length === 0) problems.push(`cannot evaluate "${e.getText(e.getSourceFile())}" (numbers, consts of this module, + - *, comparisons, ! && || and parentheses are allowed)`);
  return undefined;
}

/**
 * Evaluates every `@npcCheck` of the modules' top-level consts. A check broken by a build
 * setting is that setting's error (reported at its key in tsconfig.json); one broken by the
 * source alone is a diagnostic at the const.
 */
export function runConstChecks(ctx: ProgramContext, files: readonly ts.SourceFile[]): void {
  for (const sf of files) {
    const values = new Map<string, Const>();
    const checks: ConstCheck[] = [];
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        const c = ctx.values.get(ctx.symbolOf(d.name)!)?.constantValue;
        if (c) values.set(d.name.text, c);
      }
      const texts = checksOf(sf, st);
      const owner = st.declarationList.declarations[0];
      if (owner) for (const text of texts) checks.push({ text, owner });
    }
    for (const check of checks) {
      const outcome = evaluateCheck(check.text, values);
      if (outcome.ok) continue;
      if (outcome.invalid) {
        ctx.diagnostics.report(check.owner.name, "ConstantCheckInvalid", check.text, outcome.reason);
        continue;
      }
      const shown = outcome.names.map((n) => `${n} = ${showConst(values.get(n)!)}`).join(", ");
      const setBy = outcome.names.find((n) => ctx.overrides?.setsName(sf, n));
      if (setBy) ctx.overrides!.fail(setBy, `${setBy} = ${showConst(values.get(setBy)!)} breaks "${check.text}" (${declarationPlace(check.owner)}): ${shown}`);
      else ctx.diagnostics.report(check.owner.name, "ConstantCheckFailed", check.text, shown);
    }
  }
}

function showConst(c: Const): string {
  return c.type === "string" ? JSON.stringify(c.value) : String(c.value);
}
