// Interfaces become NWScript structs: field access, and object literals built field by field
// into a temporary (or straight into the variable being declared).
import { ts } from "#ts-morph";
import type { NwExpr, NwStmt } from "../../nwscript/ast.js";
import type { FunctionScope } from "../context.js";
import { coerce } from "../coerce.js";
import { effectsOf } from "../effects.js";
import { ERROR_TYPE, failed, type Lowered } from "../lowered.js";
import { isStruct, nwTypeOfInferred } from "../types.js";
import { lowerExpr } from "./expressions.js";

export function lowerFieldAccess(fs: FunctionScope, e: ts.PropertyAccessExpression): Lowered {
  if (e.questionDotToken) {
    fs.program.diagnostics.report(e, "UnsupportedSyntax", "optional chaining");
    return failed();
  }
  const object = lowerExpr(fs, e.expression);
  const name = e.name.text;
  if (object.type === ERROR_TYPE) return failed();
  if (object.type === "vector" && (name === "x" || name === "y" || name === "z")) {
    return { pre: object.pre, expr: { kind: "field", object: object.expr, field: name }, type: "float" };
  }
  const field = isStruct(object.type) ? fs.program.structsByType.get(object.type)?.fields.get(name) : undefined;
  if (!field) {
    fs.program.diagnostics.report(e, "UnsupportedSyntax", `property access '${e.getText()}'`);
    return failed();
  }
  return { pre: object.pre, expr: { kind: "field", object: object.expr, field: field.nwName }, type: field.type };
}

/** The struct (or vector) type an object literal builds: its slot's type, or TypeScript's. */
function literalType(fs: FunctionScope, e: ts.ObjectLiteralExpression, expected?: string): string | undefined {
  if (expected && (isStruct(expected) || expected === "vector")) return expected;
  const contextual = fs.program.checker.getContextualType(e);
  const sym = contextual?.aliasSymbol ?? contextual?.getSymbol();
  if (sym && fs.program.structs.has(sym)) return `struct ${fs.program.structs.get(sym)!.nwName}`;
  const inferred = nwTypeOfInferred(fs.program, e);
  return inferred && (isStruct(inferred) || inferred === "vector") ? inferred : undefined;
}

export function lowerObjectLiteral(fs: FunctionScope, e: ts.ObjectLiteralExpression, expected?: string): Lowered {
  const type = literalType(fs, e, expected);
  if (!type) {
    fs.program.diagnostics.report(e, "ObjectLiteralNotStruct", fs.program.checker.typeToString(fs.program.checker.getTypeAtLocation(e)));
    return failed();
  }
  if (type === "vector") return lowerVectorLiteral(fs, e);
  const pre: NwStmt[] = [];
  const name = fs.temp(type);
  pre.push({ kind: "decl", type, declarators: [{ name }] });
  pre.push(...fillStruct(fs, e, type, { kind: "name", name }));
  return { pre, expr: { kind: "name", name }, type };
}

/** Assignments of each field of the literal, in the literal's order, to `target`. */
export function fillStruct(fs: FunctionScope, e: ts.ObjectLiteralExpression, type: string, target: NwExpr): NwStmt[] {
  const info = fs.program.structsByType.get(type);
  const out: NwStmt[] = [];
  for (const prop of e.properties) {
    const entry = propertyEntry(fs, prop);
    if (!entry || !info) continue;
    const field = info.fields.get(entry.name);
    if (!field) continue; // TypeScript reports unknown properties
    const value = coerce(fs, entry.value, lowerExpr(fs, entry.value, field.type), field.type);
    out.push(...value.pre, { kind: "expr", expr: { kind: "assign", op: "=", target: { kind: "field", object: target, field: field.nwName }, value: value.expr } });
  }
  return out;
}

function propertyEntry(fs: FunctionScope, prop: ts.ObjectLiteralElementLike): { name: string; value: ts.Expression } | undefined {
  if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) return { name: prop.name.text, value: prop.initializer };
  if (ts.isShorthandPropertyAssignment(prop) && !prop.objectAssignmentInitializer) return { name: prop.name.text, value: prop.name };
  fs.program.diagnostics.report(prop, "UnsupportedSyntax", "this kind of object literal member");
  return undefined;
}

/** `{ x, y, z }` typed vector → `[x, y, z]` when constant, else `Vector(x, y, z)`. */
function lowerVectorLiteral(fs: FunctionScope, e: ts.ObjectLiteralExpression): Lowered {
  const values = new Map<string, Lowered>();
  const pre: NwStmt[] = [];
  const effectful = e.properties.some((p) => {
    const entry = ts.isPropertyAssignment(p) ? p.initializer : undefined;
    return entry ? effectsOf(fs, entry).sideEffects : false;
  });
  for (const prop of e.properties) {
    const entry = propertyEntry(fs, prop);
    if (!entry) continue;
    let v = coerce(fs, entry.value, lowerExpr(fs, entry.value, "float"), "float");
    pre.push(...v.pre);
    // With side effects in play, evaluate every component in the literal's order.
    if (effectful && v.expr.kind !== "float") v = { ...v, expr: { kind: "name", name: fs.hoist(pre, "float", v.expr) } };
    values.set(entry.name, v);
  }
  const zero: NwExpr = { kind: "float", text: "0.0" };
  const [x, y, z] = ["x", "y", "z"].map((k) => values.get(k)?.expr ?? zero);
  // NWScript's [x, y, z] takes unsigned float tokens only: a negative component needs Vector().
  const literal = [x, y, z].every((c) => c.kind === "float" && !c.text.startsWith("-"));
  if (literal && x.kind === "float" && y.kind === "float" && z.kind === "float") return { pre, expr: { kind: "vector", x: x.text, y: y.text, z: z.text }, type: "vector" };
  return { pre, expr: { kind: "call", callee: "Vector", args: [x, y, z] }, type: "vector" };
}
