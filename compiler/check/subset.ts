// Stage 2: reject TypeScript that is outside the subset, with a located diagnostic per construct,
// before lowering starts. What passes here is syntactically something NWScript can express;
// typing rules are checked while lowering.
import { ts } from "#ts-morph";
import type { DiagnosticSink } from "../lower/context.js";

const K = ts.SyntaxKind;

/** Constructs with no NWScript equivalent, and how to name them in a message. */
const REJECTED: Partial<Record<ts.SyntaxKind, string>> = {
  [K.ClassDeclaration]: "a class", [K.ClassExpression]: "a class",
  [K.EnumDeclaration]: "an enum (use const int constants)",
  [K.ModuleDeclaration]: "a namespace",
  [K.ArrayLiteralExpression]: "an array", [K.ElementAccessExpression]: "indexing with [ ]",
  [K.NewExpression]: "'new'", [K.SpreadElement]: "spread", [K.SpreadAssignment]: "spread",
  [K.AwaitExpression]: "'await'", [K.YieldExpression]: "'yield'",
  [K.TypeOfExpression]: "'typeof'", [K.DeleteExpression]: "'delete'", [K.VoidExpression]: "the 'void' operator",
  [K.AsExpression]: "a type assertion ('as')", [K.TypeAssertionExpression]: "a type assertion",
  [K.SatisfiesExpression]: "'satisfies'", [K.NonNullExpression]: "a non-null assertion ('!')",
  [K.RegularExpressionLiteral]: "a regular expression", [K.BigIntLiteral]: "a bigint",
  [K.TaggedTemplateExpression]: "a tagged template", [K.FunctionExpression]: "a function expression",
  [K.ThisKeyword]: "'this'", [K.SuperKeyword]: "'super'", [K.NullKeyword]: "'null'",
  [K.ForOfStatement]: "for..of", [K.ForInStatement]: "for..in",
  [K.TryStatement]: "exceptions (try)", [K.ThrowStatement]: "exceptions (throw)",
  [K.LabeledStatement]: "a labelled statement", [K.WithStatement]: "'with'", [K.DebuggerStatement]: "'debugger'",
  [K.ObjectBindingPattern]: "destructuring", [K.ArrayBindingPattern]: "destructuring",
  [K.ExportAssignment]: "'export default' / 'export ='", [K.ExportDeclaration]: "'export { … }' without 'from' (export the declaration itself)",
  [K.Decorator]: "a decorator", [K.MetaProperty]: "'import.meta' / 'new.target'",
  [K.GetAccessor]: "a getter", [K.SetAccessor]: "a setter", [K.MethodDeclaration]: "a method",
  [K.ImportEqualsDeclaration]: "'import … ='",
  [K.UnionType]: "a union type", [K.IntersectionType]: "an intersection type", [K.AnyKeyword]: "'any'",
  [K.UnknownKeyword]: "'unknown'", [K.ArrayType]: "an array type", [K.TupleType]: "a tuple type",
  [K.NeverKeyword]: "'never'", [K.UndefinedKeyword]: "'undefined'",
};

const REJECTED_OPERATORS: Partial<Record<ts.SyntaxKind, string>> = {
  [K.CommaToken]: "the comma operator", [K.QuestionQuestionToken]: "'??'", [K.AsteriskAsteriskToken]: "'**'",
  [K.InKeyword]: "'in'", [K.InstanceOfKeyword]: "'instanceof'", [K.AsteriskAsteriskEqualsToken]: "'**='",
  [K.AmpersandAmpersandEqualsToken]: "'&&='", [K.BarBarEqualsToken]: "'||='", [K.QuestionQuestionEqualsToken]: "'??='",
};

const TOP_LEVEL = new Set([K.ImportDeclaration, K.FunctionDeclaration, K.InterfaceDeclaration, K.TypeAliasDeclaration, K.VariableStatement, K.EmptyStatement]);

export function checkSubset(sf: ts.SourceFile, diagnostics: DiagnosticSink): void {
  for (const st of sf.statements) {
    if (isReExport(st)) checkReExport(st, diagnostics);
    else if (REJECTED[st.kind]) diagnostics.report(st, "UnsupportedSyntax", REJECTED[st.kind]!);
    else if (!TOP_LEVEL.has(st.kind)) diagnostics.report(st, ts.isExpressionStatement(st) || ts.isIfStatement(st) || ts.isIterationStatement(st, false) ? "ModuleStatement" : "UnsupportedTopLevel", describe(st));
    else checkTopLevel(st, diagnostics);
    visit(st, diagnostics, true);
  }
}

/** `export { A, B } from "./module"`: an include that makes the module's names reachable through this one. */
export function isReExport(st: ts.Statement): st is ts.ExportDeclaration & { moduleSpecifier: ts.StringLiteral } {
  return ts.isExportDeclaration(st) && !!st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier);
}

function checkReExport(st: ts.ExportDeclaration, d: DiagnosticSink): void {
  const clause = st.exportClause;
  // NWScript has one namespace: a name cannot be exported under another one.
  if (!clause || !ts.isNamedExports(clause) || clause.elements.some((e) => e.propertyName)) d.report(st, "ImportForm");
}

function describe(n: ts.Node): string {
  return `'${ts.SyntaxKind[n.kind]}'`;
}

function checkTopLevel(st: ts.Statement, d: DiagnosticSink): void {
  if (ts.isImportDeclaration(st)) {
    const c = st.importClause;
    if (c && (c.name || (c.namedBindings && !ts.isNamedImports(c.namedBindings)))) d.report(st, "ImportForm");
  }
  if (ts.isFunctionDeclaration(st) && !st.body) d.report(st, "UnsupportedSyntax", "a function without a body (overloads, declare)");
  if (ts.isVariableStatement(st) && ts.getModifiers(st)?.some((m) => m.kind === K.DeclareKeyword)) d.report(st, "UnsupportedSyntax", "'declare'");
}

function visit(n: ts.Node, d: DiagnosticSink, topLevel: boolean): void {
  const rejected = REJECTED[n.kind];
  if (rejected && !topLevel) {
    d.report(n, "UnsupportedSyntax", rejected);
    return;
  }
  switch (n.kind) {
    case K.FunctionDeclaration: {
      const f = n as ts.FunctionDeclaration;
      if (!topLevel) d.report(n, "UnsupportedSyntax", "a nested function");
      if (f.asteriskToken) d.report(n, "UnsupportedSyntax", "a generator");
      if (ts.getModifiers(f)?.some((m) => m.kind === K.AsyncKeyword)) d.report(n, "UnsupportedSyntax", "'async'");
      if (f.typeParameters) d.report(f.typeParameters[0], "UnsupportedSyntax", "a generic function");
      break;
    }
    case K.Parameter: {
      const p = n as ts.ParameterDeclaration;
      if (p.dotDotDotToken) d.report(p, "UnsupportedSyntax", "a rest parameter");
      if (p.questionToken && !p.initializer) d.report(p, "OptionalNotAllowed", "parameters");
      break;
    }
    case K.VariableDeclarationList:
      if (!(n.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) d.report(n, "UnsupportedSyntax", "'var' (use let or const)");
      break;
    case K.ArrowFunction:
      // Only as an action argument; the lowering checks the rest of the shape.
      if (!ts.isCallExpression(n.parent) || !n.parent.arguments.includes(n as ts.Expression)) d.report(n, "ClosureNotAllowed");
      break;
    case K.BinaryExpression: {
      const op = (n as ts.BinaryExpression).operatorToken.kind;
      if (REJECTED_OPERATORS[op]) d.report((n as ts.BinaryExpression).operatorToken, "UnsupportedSyntax", REJECTED_OPERATORS[op]!);
      if (op === K.GreaterThanGreaterThanGreaterThanToken || op === K.GreaterThanGreaterThanGreaterThanEqualsToken) d.report((n as ts.BinaryExpression).operatorToken, "UnsignedShift");
      break;
    }
    case K.PrefixUnaryExpression:
      if ((n as ts.PrefixUnaryExpression).operator === K.PlusToken) d.report(n, "UnsupportedSyntax", "unary '+'");
      break;
    case K.PropertyAccessExpression:
      if ((n as ts.PropertyAccessExpression).questionDotToken) d.report(n, "UnsupportedSyntax", "optional chaining ('?.')");
      break;
    case K.CallExpression:
      if ((n as ts.CallExpression).questionDotToken) d.report(n, "UnsupportedSyntax", "optional chaining ('?.')");
      break;
    case K.BreakStatement:
    case K.ContinueStatement:
      if ((n as ts.BreakStatement).label) d.report(n, "LabelledStatement");
      break;
    case K.Identifier:
      if ((n as ts.Identifier).text.startsWith("__") && !ts.isPropertySignature(n.parent)) d.report(n, "ReservedIdentifier");
      break;
  }
  ts.forEachChild(n, (c) => visit(c, d, false));
}
