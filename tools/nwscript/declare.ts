// Parse-time declaration rules: what the official compiler checks when it reaches the `;` or `{`
// after a function header (parameter defaults, optional-parameter order, agreement with an
// earlier prototype, duplicate bodies) and when it reaches the `;` of a const global.
import type { ConstDecl, Expr, FunctionDef, FunctionSymbol, LiteralExpr, Param, Pos } from "./ast.js";
import { findCrashingDivision, foldConstant } from "./constfold.js";
import { E, named, NssError } from "./errors.js";
import type { ConstValue } from "./langspec.js";
import { constFloatValue } from "./literals.js";
import type { SymbolTable } from "./symbols.js";
import { ENGINE_JSON, ENGINE_LOCATION, type NssType, sameType } from "./types.js";

/** The official compiler's limit on a function's parameters. */
export const MAX_PARAMETERS = 32;

/** A parameter as written; `negated` is the `= -constant` form of a default. */
export interface ParamSyntax {
  readonly name: string;
  /** undefined when the type was written with `const` (only an error at the `{` or `;`). */
  readonly type: NssType | undefined;
  readonly pos: Pos;
  readonly defaultValue?: Expr;
  readonly negated: boolean;
}

export interface FunctionHeader {
  readonly name: string;
  /** undefined when the return type was written with `const`. */
  readonly returnType: NssType | undefined;
  readonly params: readonly ParamSyntax[];
  readonly pos: Pos;
}

/**
 * Checks a function header at its `;` (prototype) or `{` (definition) and records it. `at` is
 * where the compiler reports errors (that token), `isMacro` tells __FUNCTION__/__FILE__/__LINE__.
 * Returns the definition to attach the body to.
 */
export function declareFunction(
  symbols: SymbolTable,
  header: FunctionHeader,
  hasBody: boolean,
  at: Pos,
  isMacro: (e: Expr) => boolean,
  implementedEngineFunctions: Set<string>,
): FunctionDef {
  const fail = (message: string): never => {
    throw new NssError(message, at.file, at.line);
  };
  if (!header.returnType) fail(E.PARSING_FUNCTION_DECLARATION);
  if (header.params.length > MAX_PARAMETERS) fail(E.TOO_MANY_PARAMETERS);
  const params: Param[] = [];
  let optionalStarted = false;
  for (const p of header.params) {
    if (!p.type) return fail(E.PARSING_FUNCTION_DECLARATION);
    if (optionalStarted && !p.defaultValue) fail(E.NON_OPTIONAL_AFTER_OPTIONAL);
    if (p.defaultValue && !p.negated && isMacro(p.defaultValue)) fail(E.NON_CONSTANT_IN_FUNCTION_DECLARATION);
    if (p.defaultValue) {
      const def = defaultLiteral(p.type, p.defaultValue, p.negated);
      if (typeof def === "string") fail(def);
      else params.push({ name: p.name, type: p.type, pos: p.pos, default: def as LiteralExpr });
      optionalStarted = true;
    } else {
      params.push({ name: p.name, type: p.type, pos: p.pos });
    }
  }
  const def: FunctionDef = { kind: "function", name: header.name, returnType: header.returnType!, params, pos: header.pos };

  const engine = symbols.spec.functionByName.get(header.name);
  if (engine) {
    // Writing a body for an engine function with the same parameters is accepted (once);
    // calls still go to the engine.
    if (!sameParams(engine.params, params)) fail(E.FUNCTION_IMPLEMENTATION_AND_DEFINITION_DIFFER);
    if (hasBody) {
      if (implementedEngineFunctions.has(header.name)) throw duplicate(header.name, at.file);
      implementedEngineFunctions.add(header.name);
    }
    return def;
  }
  const existing = symbols.functions.get(header.name);
  if (existing) {
    if (!sameParams(existing.params, params)) fail(E.FUNCTION_IMPLEMENTATION_AND_DEFINITION_DIFFER);
    if (hasBody) {
      if (existing.definition) throw duplicate(header.name, at.file);
      existing.definition = def;
    }
    existing.declarations.push(def);
    return def;
  }
  const symbol: FunctionSymbol = {
    name: header.name,
    returnType: def.returnType,
    params,
    declarations: [def],
    ...(hasBody ? { definition: def } : {}),
  };
  symbols.addFunction(symbol);
  return def;
}

/** Reported without a line, like the official compiler. */
function duplicate(name: string, file: string): NssError {
  return new NssError(named(E.DUPLICATE_FUNCTION_IMPLEMENTATION, name), file, 0);
}

/** Only the parameter types are compared (not names, defaults or the return type). */
function sameParams(a: readonly { type: NssType }[], b: readonly { type: NssType }[]): boolean {
  return a.length === b.length && a.every((p, i) => sameType(p.type, b[i].type));
}

/** The literal a default must be for its parameter type, or the error message. */
function defaultLiteral(type: NssType, e: Expr, negated: boolean): LiteralExpr | string {
  switch (type.kind) {
    case "int":
      if (e.kind !== "int") return E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
      return negated ? { ...e, value: -e.value | 0 } : e;
    case "float":
      if (e.kind !== "float") return E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
      return negated ? { ...e, value: Math.fround(-e.value) } : e;
    case "object":
      return !negated && e.kind === "object" ? e : E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
    case "string":
      return !negated && e.kind === "string" ? e : E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
    case "vector":
      return !negated && e.kind === "vector" ? e : E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
    case "engine":
      if (type.index === ENGINE_LOCATION) return !negated && e.kind === "locationInvalid" ? e : E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
      if (type.index === ENGINE_JSON) return !negated && e.kind === "json" ? e : E.NON_CONSTANT_IN_FUNCTION_DECLARATION;
      return E.TYPE_HAS_NO_OPTIONAL_PARAMETER;
    default:
      return E.TYPE_HAS_NO_OPTIONAL_PARAMETER;
  }
}

/**
 * The value of a const global, folded like the compiler does at its `;`; the error is reported
 * at the node the compiler looks at.
 */
export function constGlobalValue(name: string, type: NssType, init: Expr | undefined, pos: Pos): { decl: ConstDecl; value: ConstValue } {
  let value: ConstValue;
  if (!init) {
    value = type.kind === "int" ? { type: "int", value: 0 } : type.kind === "float" ? { type: "float", value: 0 } : { type: "string", value: "" };
  } else {
    const crash = findCrashingDivision(init);
    if (crash) throw new NssError(crash.message, crash.at.pos.file, crash.at.pos.line);
    const folded = foldConstant(init);
    if (!folded || folded.type !== type.kind) {
      let at = init.pos;
      if (!folded && init.kind === "unary" && init.op === "-" && type.kind !== "string") at = init.operand.pos;
      throw new NssError(E.INVALID_VALUE_FOR_CONSTANT, at.file, at.line);
    }
    value = folded.type === "float" ? { type: "float", value: constFloatValue(folded.value) } : folded;
  }
  return { decl: { kind: "const", name, type, value: value.value, pos }, value };
}
