// The twin transform: a subset module, rewritten so that under Node it computes exactly what the
// NWScript means (the runtime helpers are in runtime.ts). Types come from the transpiler's own
// lowering (facts.ts), so both paths type every expression the same way; everything else —
// evaluation order, switch, short-circuits — is left to JavaScript, which reads it as
// TypeScript does. That independence is what the differential tests rely on.
import { ts } from "#ts-morph";
import { floatText } from "../../../compiler/lower/types.js";
import { constFloatValue, parseNssFloat } from "../../nwscript/literals.js";
import { keyOf, type ModuleFacts } from "./facts.js";

/**
 * The float the game holds for a float literal: the transpiler prints the value as decimal text
 * (floatText), and the official compiler reads such text digit by digit in single precision —
 * not always the correctly rounded value (3.14159 becomes 3.141589642).
 */
export function gameFloat(v: number): number {
  return parseNssFloat(floatText(v));
}

const K = ts.SyntaxKind;
const f = ts.factory;

export interface TransformOptions {
  facts: ModuleFacts;
  /** Struct name → fields with their NWScript types (for zero values). */
  structs: Map<string, { name: string; type: string }[]>;
  /** Specifier the transformed module imports the runtime from. */
  runtime: string;
  /** Identifier of this module among the program's (for its globals). */
  moduleId: string;
  /** Extension added to relative import specifiers ("./util" → "./util.mjs"); none if undefined. */
  importExtension?: string;
}

export function transformModule(source: string, fileName: string, opts: TransformOptions): string {
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    transformers: { before: [(ctx) => (sf) => rewrite(sf, ctx, opts)] },
  });
  return out.outputText;
}

const NW = f.createIdentifier("__nw");
const rt = (name: string, ...args: ts.Expression[]) => f.createCallExpression(f.createPropertyAccessExpression(NW, name), undefined, args);
const num = (v: number): ts.Expression => (v < 0 || Object.is(v, -0) ? f.createPrefixUnaryExpression(K.MinusToken, f.createNumericLiteral(-v)) : f.createNumericLiteral(v));
const paren = (e: ts.Expression) => f.createParenthesizedExpression(e);
const orZero = (e: ts.Expression) => paren(f.createBinaryExpression(paren(e), K.BarToken, f.createNumericLiteral(0)));
const fround = (e: ts.Expression) => f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Math"), "fround"), undefined, [e]);

function rewrite(sf: ts.SourceFile, ctx: ts.TransformationContext, opts: TransformOptions): ts.SourceFile {
  const { facts } = opts;
  const typeOf = (n: ts.Node): string | undefined => facts.types.get(keyOf(n));
  const isStructLike = (t?: string) => !!t && (t.startsWith("struct ") || t === "vector");
  /** A struct/vector read from a variable or field: NWScript copies it where JavaScript would share it. */
  const copyIfShared = (original: ts.Expression, visited: ts.Expression): ts.Expression => {
    let o = original;
    while (ts.isParenthesizedExpression(o)) o = o.expression;
    // `c ? a : b` and `x = a` as values are a variable's object too, not a fresh one.
    const shared = ts.isIdentifier(o) || ts.isPropertyAccessExpression(o) || ts.isConditionalExpression(o) || (ts.isBinaryExpression(o) && o.operatorToken.kind === K.EqualsToken);
    return shared && isStructLike(typeOf(original) ?? typeOf(o)) ? rt("copy", visited) : visited;
  };
  const globals: { name: string; init?: ts.Expression; type: string }[] = [];

  const visit = (node: ts.Node): ts.Node | ts.Node[] | undefined => {
    switch (node.kind) {
      case K.TrueKeyword:
        return f.createNumericLiteral(1);
      case K.FalseKeyword:
        return f.createNumericLiteral(0);
      case K.ImportDeclaration: {
        const i = node as ts.ImportDeclaration;
        return f.updateImportDeclaration(i, i.modifiers, i.importClause, specifier(i.moduleSpecifier), i.attributes);
      }
      case K.ExportDeclaration: {
        const e = node as ts.ExportDeclaration;
        return e.moduleSpecifier ? f.updateExportDeclaration(e, e.modifiers, e.isTypeOnly, e.exportClause, specifier(e.moduleSpecifier), e.attributes) : e;
      }
      case K.NumericLiteral: {
        const t = typeOf(node);
        const v = Number((node as ts.NumericLiteral).text);
        if (t === "int") return num(v | 0);
        if (t === "float") return num(gameFloat(v));
        return node;
      }
      case K.PrefixUnaryExpression:
        return unary(node as ts.PrefixUnaryExpression);
      case K.PostfixUnaryExpression:
        return incDec(node as ts.PostfixUnaryExpression, false);
      case K.BinaryExpression:
        return binary(node as ts.BinaryExpression);
      case K.TemplateExpression: {
        const t = node as ts.TemplateExpression;
        const spans = t.templateSpans.map((s) => {
          const e = ts.visitNode(s.expression, visit) as ts.Expression;
          return f.updateTemplateSpan(s, typeOf(s.expression) === "int" ? rt("int", e) : e, s.literal);
        });
        return f.updateTemplateExpression(t, t.head, spans);
      }
      case K.ArrowFunction:
        return action(node as ts.ArrowFunction);
      case K.FunctionDeclaration: {
        const fn = ts.visitEachChild(node, visit, ctx) as ts.FunctionDeclaration;
        return fn.body ? f.updateFunctionDeclaration(fn, fn.modifiers, fn.asteriskToken, fn.name, fn.typeParameters, fn.parameters, fn.type, charged(fn.body, node as ts.FunctionDeclaration)) : fn;
      }
      case K.ForStatement: {
        const loop = ts.visitEachChild(node, visit, ctx) as ts.ForStatement;
        return f.updateForStatement(loop, loop.initializer, loop.condition, loop.incrementor, charged(loop.statement, (node as ts.ForStatement).statement));
      }
      case K.WhileStatement: {
        const loop = ts.visitEachChild(node, visit, ctx) as ts.WhileStatement;
        return f.updateWhileStatement(loop, loop.expression, charged(loop.statement, (node as ts.WhileStatement).statement));
      }
      case K.IfStatement: {
        // Each branch charges its own pass, so a run pays for the branch it takes (a loop body
        // full of rarely taken branches is not charged for all of them on every iteration).
        const original = node as ts.IfStatement;
        const st = ts.visitEachChild(node, visit, ctx) as ts.IfStatement;
        const branch = (b: ts.Statement, o: ts.Statement): ts.Statement => (ts.isIfStatement(o) ? b : charged(b, o));
        return f.updateIfStatement(st, st.expression, branch(st.thenStatement, original.thenStatement), st.elseStatement && original.elseStatement ? branch(st.elseStatement, original.elseStatement) : st.elseStatement);
      }
      case K.DoStatement: {
        const loop = ts.visitEachChild(node, visit, ctx) as ts.DoStatement;
        return f.updateDoStatement(loop, charged(loop.statement, (node as ts.DoStatement).statement), loop.expression);
      }
      case K.CallExpression: {
        const c = node as ts.CallExpression;
        const args = c.arguments.map((a) => copyIfShared(a, ts.visitNode(a, visit) as ts.Expression));
        return f.updateCallExpression(c, ts.visitNode(c.expression, visit) as ts.Expression, undefined, args);
      }
      case K.ReturnStatement: {
        const r = node as ts.ReturnStatement;
        return r.expression ? f.updateReturnStatement(r, copyIfShared(r.expression, ts.visitNode(r.expression, visit) as ts.Expression)) : r;
      }
      case K.PropertyAssignment: {
        const p = node as ts.PropertyAssignment;
        return f.updatePropertyAssignment(p, p.name, copyIfShared(p.initializer, ts.visitNode(p.initializer, visit) as ts.Expression));
      }
      case K.ShorthandPropertyAssignment: {
        const p = node as ts.ShorthandPropertyAssignment;
        return isStructLike(typeOf(p.name)) ? f.createPropertyAssignment(p.name.text, rt("copy", f.createIdentifier(p.name.text))) : p;
      }
      case K.VariableStatement:
        if (node.parent === sf) return moduleVariables(node as ts.VariableStatement);
        break;
      case K.VariableDeclaration: {
        const d = node as ts.VariableDeclaration;
        const decl = facts.declarations.get(keyOf(d));
        if (!decl) break;
        if (decl.type === "float" && typeof decl.constantValue === "number") {
          // An NWScript const float is stored as printf("%f") text and read back where used.
          return f.updateVariableDeclaration(d, d.name, undefined, d.type, num(constFloatValue(gameFloat(decl.constantValue))));
        }
        if (decl.setByBuild && decl.constantValue !== undefined) {
          // Set from build configuration: the configured value replaces the initializer, as in the NWScript.
          const v = decl.constantValue;
          return f.updateVariableDeclaration(d, d.name, undefined, d.type, typeof v === "string" ? f.createStringLiteral(v) : num(v));
        }
        const init = d.initializer ? copyIfShared(d.initializer, ts.visitNode(d.initializer, visit) as ts.Expression) : zero(decl.type);
        return f.updateVariableDeclaration(d, d.name, undefined, d.type, init);
      }
    }
    return ts.visitEachChild(node, visit, ctx);
  };

  /** A relative module specifier with the loader's file extension ("./util" → "./util.mjs"). */
  function specifier(spec: ts.Expression): ts.Expression {
    const text = (spec as ts.StringLiteral).text;
    if (!opts.importExtension || !text.startsWith(".") || /\.[cm]?js$/.test(text)) return spec;
    return f.createStringLiteral(text.replace(/\.ts$/, "") + opts.importExtension);
  }

  function unary(u: ts.PrefixUnaryExpression): ts.Node {
    if (u.operator === K.PlusPlusToken || u.operator === K.MinusMinusToken) return incDec(u, true);
    const operand = ts.visitNode(u.operand, visit) as ts.Expression;
    const t = typeOrConstInt(u);
    if (u.operator === K.MinusToken && ts.isNumericLiteral(u.operand)) {
      const v = -Number(u.operand.text);
      return t === "float" ? num(gameFloat(v)) : num(v | 0);
    }
    if (u.operator === K.MinusToken && t === "int") return orZero(f.createPrefixUnaryExpression(K.MinusToken, operand));
    if (u.operator === K.ExclamationToken) return rt("int", f.createPrefixUnaryExpression(K.ExclamationToken, operand));
    return f.updatePrefixUnaryExpression(u, operand);
  }

  /** ++/-- wrap at 32 bits: x++ → ((x = (x + 1) | 0) - 1 | 0). */
  function incDec(u: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, prefix: boolean): ts.Node {
    const target = ts.visitNode(u.operand, visit) as ts.Expression;
    const delta = u.operator === K.PlusPlusToken ? K.PlusToken : K.MinusToken;
    const assign = paren(f.createAssignment(target, orZero(f.createBinaryExpression(target, delta, f.createNumericLiteral(1)))));
    if (prefix || ts.isExpressionStatement(u.parent) || isForIncrementor(u)) return assign;
    const back = delta === K.PlusToken ? K.MinusToken : K.PlusToken;
    return orZero(f.createBinaryExpression(assign, back, f.createNumericLiteral(1)));
  }

  function isForIncrementor(n: ts.Node): boolean {
    return ts.isForStatement(n.parent) && n.parent.incrementor === n;
  }

  function arithmetic(op: ts.SyntaxKind, l: ts.Expression, r: ts.Expression, lt?: string, rt_?: string, result?: string): ts.Expression | undefined {
    if (result === "int") {
      switch (op) {
        case K.PlusToken: case K.MinusToken: return orZero(f.createBinaryExpression(l, op as ts.BinaryOperator, r));
        case K.AsteriskToken: return f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Math"), "imul"), undefined, [l, r]);
        case K.SlashToken: return rt("idiv", l, r);
        case K.PercentToken: return rt("imod", l, r);
        case K.GreaterThanGreaterThanToken: return rt("shr", l, r);
        case K.LessThanLessThanToken: case K.AmpersandToken: case K.BarToken: case K.CaretToken: return f.createBinaryExpression(l, op as ts.BinaryOperator, r);
      }
    }
    if (result === "float" && [K.PlusToken, K.MinusToken, K.AsteriskToken, K.SlashToken].includes(op)) {
      const cvt = (e: ts.Expression, t?: string) => (t === "int" ? fround(e) : e);
      // Division checks its divisor: the VM stops the script on a float division by 0.0 too.
      if (op === K.SlashToken) return rt("fdiv", cvt(l, lt), cvt(r, rt_));
      return fround(f.createBinaryExpression(cvt(l, lt), op as ts.BinaryOperator, cvt(r, rt_)));
    }
    return undefined;
  }

  /**
   * The NWScript type, also of the operands of a shift of constants: the transpiler folds such a
   * shift whole and reports no type for what is inside, which is int arithmetic of int literals.
   */
  const typeOrConstInt = (n: ts.Expression): string | undefined => typeOf(n) ?? (isConstInt(n) ? "int" : undefined);
  const isConstInt = (n: ts.Expression): boolean => {
    if (typeOf(n) !== undefined) return typeOf(n) === "int";
    if (ts.isParenthesizedExpression(n)) return isConstInt(n.expression);
    if (ts.isNumericLiteral(n)) return /^0[xXoObB]/.test(n.text) || !/[.eE]/.test(n.text);
    if (ts.isPrefixUnaryExpression(n)) return (n.operator === K.MinusToken || n.operator === K.TildeToken) && isConstInt(n.operand);
    if (ts.isBinaryExpression(n)) return INT_OPERATORS.has(n.operatorToken.kind) && isConstInt(n.left) && isConstInt(n.right);
    return false;
  };

  function binary(b: ts.BinaryExpression): ts.Node {
    const op = b.operatorToken.kind;
    const left = ts.visitNode(b.left, visit) as ts.Expression;
    const right = ts.visitNode(b.right, visit) as ts.Expression;
    const lt = typeOrConstInt(b.left);
    const rtype = typeOrConstInt(b.right);
    if (op === K.EqualsToken) return f.updateBinaryExpression(b, left, b.operatorToken, copyIfShared(b.right, right));
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
      return paren(f.createConditionalExpression(f.createBinaryExpression(left, op as ts.BinaryOperator, right), undefined, f.createNumericLiteral(1), undefined, f.createNumericLiteral(0)));
    }
    if (op >= K.FirstCompoundAssignment && op <= K.LastCompoundAssignment) {
      // x op= e → x = x op e, with the target's type deciding the arithmetic.
      const plain = compoundToBinary(op);
      const combined = arithmetic(plain, left, right, lt, rtype, lt) ?? f.createBinaryExpression(left, plain, right);
      return f.createAssignment(left, combined);
    }
    const rewritten = arithmetic(op, left, right, lt, rtype, typeOrConstInt(b));
    if (rewritten) return rewritten;
    if (isComparison(op)) return rt("int", f.updateBinaryExpression(b, left, b.operatorToken, right));
    return f.updateBinaryExpression(b, left, b.operatorToken, right);
  }

  /** A then/else statement (not an else-if), which charges its own pass. */
  function isBranch(x: ts.Node): boolean {
    const p = x.parent;
    return p !== undefined && ts.isIfStatement(p) && (x === p.thenStatement || x === p.elseStatement) && !ts.isIfStatement(x);
  }

  /**
   * The body with `__nw.tick(n)` first: n estimates the NCS instructions of one pass — the
   * syntax nodes of the body (and, for a loop, its header), not counting nested loops, which
   * charge their own iterations, nor the branches of ifs, which charge their own passes.
   */
  function charged<T extends ts.Statement | ts.Block>(body: T, original: ts.Node): T extends ts.Block ? ts.Block : ts.Statement {
    let n = 1;
    const count = (x: ts.Node): void => {
      n++;
      if (x !== original && (ts.isIterationStatement(x, false) || ts.isFunctionLike(x) || isBranch(x))) return;
      ts.forEachChild(x, count);
    };
    ts.forEachChild(original.parent && ts.isIterationStatement(original.parent, false) ? original.parent : original, count);
    const tickCall = f.createExpressionStatement(rt("tick", f.createNumericLiteral(n)));
    const statements = ts.isBlock(body) ? [tickCall, ...body.statements] : [tickCall, body as ts.Statement];
    return (ts.isBlock(body) ? f.updateBlock(body, statements) : f.createBlock(statements, true)) as never;
  }

  /** `() => F(args)` → an action holding copies of the locals it reads, made now. */
  function action(a: ts.ArrowFunction): ts.Node {
    const captured = new Set<string>();
    const find = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && facts.locals.has(keyOf(n))) captured.add(n.text);
      ts.forEachChild(n, find);
    };
    find(a.body);
    const body = ts.visitNode(a.body, visit) as ts.ConciseBody;
    const names = [...captured].sort();
    const inner = rt("action", f.createArrowFunction(undefined, undefined, [], undefined, undefined, body));
    if (names.length === 0) return inner;
    const params = names.map((n) => f.createParameterDeclaration(undefined, undefined, n));
    const outer = f.createArrowFunction(undefined, undefined, params, undefined, undefined, inner);
    return f.createCallExpression(paren(outer), undefined, names.map((n) => rt("copy", f.createIdentifier(n))));
  }

  /** Module-level globals: plain `let`s whose initial values a registered initialiser sets. */
  function moduleVariables(st: ts.VariableStatement): ts.Node | ts.Node[] {
    const isGlobal = (d: ts.VariableDeclaration) => facts.declarations.get(keyOf(d))?.global;
    if (!st.declarationList.declarations.some(isGlobal)) return ts.visitEachChild(st, visit, ctx);
    const decls = st.declarationList.declarations.map((d) => {
      const info = facts.declarations.get(keyOf(d))!;
      const init = d.initializer ? copyIfShared(d.initializer, ts.visitNode(d.initializer, visit) as ts.Expression) : zero(info.type);
      globals.push({ name: (d.name as ts.Identifier).text, init, type: info.type });
      return f.createVariableDeclaration(d.name);
    });
    return f.createVariableStatement(st.modifiers, f.createVariableDeclarationList(decls, ts.NodeFlags.Let));
  }

  /** The zero value NWScript gives a declared but unassigned variable. */
  function zero(type: string): ts.Expression {
    switch (type) {
      case "int": case "float": return f.createNumericLiteral(0);
      case "string": return f.createStringLiteral("");
      case "object": return f.createIdentifier("OBJECT_INVALID");
      case "vector": return zeroStruct([{ name: "x", type: "float" }, { name: "y", type: "float" }, { name: "z", type: "float" }]);
      case "location": return f.createIdentifier("LOCATION_INVALID");
      case "json": return f.createIdentifier("JSON_NULL");
    }
    if (type.startsWith("struct ")) return zeroStruct(opts.structs.get(type.slice(7)) ?? []);
    return f.createIdentifier("undefined");
  }

  function zeroStruct(fields: { name: string; type: string }[]): ts.Expression {
    return f.createObjectLiteralExpression(fields.map((fl) => f.createPropertyAssignment(fl.name, zero(fl.type))));
  }

  let result = ts.visitEachChild(sf, visit, ctx);
  const runtimeImport = f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamespaceImport(NW)), f.createStringLiteral(opts.runtime));
  const statements: ts.Statement[] = [runtimeImport, ...result.statements];
  if (globals.length > 0) {
    // __nw.initGlobal(id, () => { a = …; b = …; }, ...) keeps the values in module bindings that
    // importers see live, and lets the runtime reset them per script run and save them for actions.
    const init = f.createArrowFunction(undefined, undefined, [], undefined, undefined,
      f.createBlock(globals.map((g) => f.createExpressionStatement(f.createAssignment(f.createIdentifier(g.name), g.init!))), true));
    const get = f.createArrowFunction(undefined, undefined, [], undefined, undefined,
      paren(f.createObjectLiteralExpression(globals.map((g) => f.createShorthandPropertyAssignment(g.name)))));
    const v = f.createIdentifier("v");
    const set = f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, v)], undefined, undefined,
      f.createBlock(globals.map((g) => f.createExpressionStatement(f.createAssignment(f.createIdentifier(g.name), f.createPropertyAccessExpression(v, g.name)))), true));
    statements.push(f.createExpressionStatement(rt("registerGlobals", f.createStringLiteral(opts.moduleId), init, get, set)));
  }
  result = f.updateSourceFile(result, statements);
  return result;
}

const INT_OPERATORS = new Set<ts.SyntaxKind>([
  K.PlusToken, K.MinusToken, K.AsteriskToken, K.SlashToken, K.PercentToken, K.LessThanLessThanToken,
  K.GreaterThanGreaterThanToken, K.AmpersandToken, K.BarToken, K.CaretToken,
]);

function compoundToBinary(op: ts.SyntaxKind): ts.BinaryOperator {
  const map: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
    [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
    [K.SlashEqualsToken]: K.SlashToken, [K.PercentEqualsToken]: K.PercentToken, [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
    [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken, [K.AmpersandEqualsToken]: K.AmpersandToken,
    [K.BarEqualsToken]: K.BarToken, [K.CaretEqualsToken]: K.CaretToken,
  };
  return map[op]!;
}

function isComparison(op: ts.SyntaxKind): boolean {
  return [K.LessThanToken, K.LessThanEqualsToken, K.GreaterThanToken, K.GreaterThanEqualsToken, K.EqualsEqualsToken, K.EqualsEqualsEqualsToken, K.ExclamationEqualsToken, K.ExclamationEqualsEqualsToken].includes(op);
}
