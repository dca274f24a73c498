// Function declarations: signature (types, constant defaults) and body. A non-void function whose
// body does not end in a return NWScript can see gets an unreachable one, because the official
// compiler's path analysis is simpler than TypeScript's.
import { ts } from "#ts-morph";
import type { NwExpr, NwParam, NwStmt, NwTopLevel, NwType } from "../../nwscript/ast.js";
import { FunctionScope, type ProgramContext } from "../context.js";
import { evaluateConstant } from "../fold.js";
import { floatText, nwTypeOfNode } from "../types.js";
import { checkConstant } from "./constants.js";
import { lowerStatement } from "./statements.js";

export interface FunctionHeader {
  nwName: string;
  returnType: NwType;
  params: { tsName: string; type: NwType; default?: NwExpr; node: ts.ParameterDeclaration }[];
}

/** Types and defaults of a function, computed once when the module tables are built. */
export function functionHeader(ctx: ProgramContext, f: ts.FunctionDeclaration, nwName: string): FunctionHeader | undefined {
  let ok = true;
  const params = f.parameters.map((p) => {
    const name = ts.isIdentifier(p.name) ? p.name.text : "?";
    let type: NwType | undefined;
    if (p.type) type = nwTypeOfNode(ctx, p.type);
    else ctx.diagnostics.report(p, "MissingParameterType", name);
    const def = p.initializer && type ? defaultValue(ctx, p.initializer, type) : undefined;
    if (!type || (p.initializer && !def)) ok = false;
    return { tsName: name, type: type ?? "int", default: def, node: p };
  });
  if (f.parameters.length > 32) ctx.diagnostics.report(f.name ?? f, "TooManyParameters", f.parameters.length);
  let returnType: NwType | undefined;
  if (f.type) returnType = nwTypeOfNode(ctx, f.type);
  else {
    const sig = ctx.checker.getSignatureFromDeclaration(f);
    const inferred = sig && ctx.checker.getReturnTypeOfSignature(sig);
    if (inferred && inferred.flags & ts.TypeFlags.Void) returnType = "void";
    else ctx.diagnostics.report(f.name ?? f, "MissingReturnType", f.name?.text ?? "function");
  }
  return ok && returnType ? { nwName, returnType, params } : undefined;
}

function defaultValue(ctx: ProgramContext, e: ts.Expression, type: NwType): NwExpr | undefined {
  // A module const of the parameter's type keeps its name: the default then holds exactly what the
  // const holds in the game (a const float goes through its "%f" text there).
  const named = ts.isIdentifier(e) ? ctx.values.get(ctx.symbolOf(e)!) : undefined;
  if (named?.constantValue && named.type === type) return { kind: "name", name: named.nwName };
  const c = evaluateConstant(ctx, e);
  if (c) checkConstant(new FunctionScope(ctx, type), e, c);
  if (c && c.type === "string" && type === "string") return { kind: "string", value: c.value };
  if (c && c.type === "int" && type === "int") {
    // A boolean default keeps NWScript's spelling of a boolean.
    if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return { kind: "name", name: c.value ? "TRUE" : "FALSE" };
    return { kind: "int", value: c.value };
  }
  if (c && c.type !== "string" && type === "float") return { kind: "float", text: floatText(c.value) };
  if (type === "vector" && ts.isObjectLiteralExpression(e)) {
    const v = vectorDefault(ctx, e);
    if (v) return v;
  }
  // Engine constants of other types (OBJECT_SELF, LOCATION_INVALID, JSON_NULL…) keep their name.
  if (ts.isIdentifier(e)) {
    const decl = ctx.symbolOf(e)?.valueDeclaration;
    if (decl && ctx.isEngineDeclaration(decl) && ts.isVariableDeclaration(decl) && decl.type && nwTypeOfNode(ctx, decl.type) === type) {
      return { kind: "name", name: e.text };
    }
  }
  // A constant of the wrong type (1.5 for an int) is a type error, not a missing constant.
  if (c && ["int", "float", "string"].includes(type)) ctx.diagnostics.report(e, "TypeMismatch", c.type, type);
  else ctx.diagnostics.report(e, "DefaultNotConstant");
  return undefined;
}

/** `{ x: 1, y: 2, z: 3 }` with constant numbers → the vector literal `[1.0, 2.0, 3.0]`. */
function vectorDefault(ctx: ProgramContext, e: ts.ObjectLiteralExpression): NwExpr | undefined {
  const parts = new Map<string, string>();
  for (const p of e.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) return undefined;
    const c = evaluateConstant(ctx, p.initializer);
    if (!c || c.type === "string") return undefined;
    checkConstant(new FunctionScope(ctx, "float"), p.initializer, c);
    parts.set(p.name.text, floatText(c.value));
  }
  const [x, y, z] = ["x", "y", "z"].map((k) => parts.get(k));
  // NWScript's [x, y, z] takes unsigned float tokens only; there is no constant vector with a minus.
  if (!x || !y || !z || [x, y, z].some((t) => t.startsWith("-"))) return undefined;
  return { kind: "vector", x, y, z };
}

export function lowerFunction(ctx: ProgramContext, f: ts.FunctionDeclaration, header: FunctionHeader): NwTopLevel {
  const fs = new FunctionScope(ctx, header.returnType);
  const params: NwParam[] = header.params.map((p) => {
    const sym = ctx.symbolOf(p.node.name)!;
    const { nwName } = fs.declareLocal(sym, p.tsName, p.type);
    return { type: p.type, name: nwName, default: p.default };
  });
  fs.enterBlock();
  const body = (f.body?.statements ?? []).flatMap((s) => lowerStatement(fs, s));
  fs.exitBlock();
  if (header.returnType !== "void" && !endsWithReturn(body)) {
    const name = fs.temp(header.returnType);
    body.push({ kind: "decl", type: header.returnType, declarators: [{ name }] }, { kind: "return", value: { kind: "name", name } });
  }
  return { kind: "function", returnType: header.returnType, name: header.nwName, params, body };
}

function endsWithReturn(body: NwStmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return false;
  if (last.kind === "return") return true;
  if (last.kind === "block") return endsWithReturn(last.body);
  if (last.kind === "if" && last.else) return endsWithReturn([last.then]) && endsWithReturn([last.else]);
  return false;
}
