// The semantic pass, in the order the official compiler walks its parse tree: structure
// definitions and global variables first (in source order, across includes), then each function
// body in source order; within an expression, operands before the operator and call arguments
// last to first. Every expression gets its type and every variable reference its declaration;
// the first error stops the pass.
import type {
  Block,
  Call,
  CheckedProgram,
  Expr,
  FunctionDef,
  FunctionSymbol,
  Param,
  Pos,
  Stmt,
  VarDeclarator,
  VariableBinding,
} from "./ast.js";
import { crashingDivision, findCrashingDivision, foldBinary, foldConstant, foldUnary, knownConstant } from "./constfold.js";
import { E, named, NssError } from "./errors.js";
import { alwaysReturns } from "./flow.js";
import { caseStringValue } from "./hash.js";
import type { Langspec } from "./langspec.js";
import { binaryResult, compoundOperator, type OpResult, unaryResult } from "./optypes.js";
import type { ParsedProgram } from "./parser.js";
import { CallGraph, GLOBALS, type Owner } from "./reach.js";
import { StructTable } from "./structs.js";
import {
  ENGINE_JSON,
  ENGINE_LOCATION,
  engineType,
  type NssType,
  sameType,
  T_ACTION,
  T_FLOAT,
  T_INT,
  T_OBJECT,
  T_STRING,
  T_VECTOR,
  T_VOID,
} from "./types.js";

export interface CheckProgramOptions {
  /** The file is an include checked on its own: no entry point is required. */
  readonly asInclude: boolean;
  /** Where errors without a line are reported (the main file). */
  readonly mainFile: string;
}

interface LiveVar {
  readonly name: string;
  readonly type: NssType;
  readonly level: number;
  readonly binding?: VariableBinding; // undefined for the hidden return slot
}

export function checkProgram(parsed: ParsedProgram, spec: Langspec, options: CheckProgramOptions): CheckedProgram {
  return new Checker(parsed, spec, options).run();
}

class Checker {
  private readonly structs = new StructTable();
  private readonly vars: LiveVar[] = [];
  private level = 0;
  /** Stack slots in use, to tell whether a case label jumps over a declaration. */
  private depth = 0;
  private switchDepth = 0;
  private switches = 0;
  private loops = 0;
  private owner: Owner = GLOBALS;
  private fn: FunctionDef | undefined;
  private readonly graph = new CallGraph();
  private readonly globals: VarDeclarator[] = [];

  constructor(
    private readonly parsed: ParsedProgram,
    private readonly spec: Langspec,
    private readonly options: CheckProgramOptions,
  ) {}

  private fail(message: string, at: Pos): never {
    throw new NssError(message, at.file, at.line);
  }

  private failNoLine(message: string): never {
    throw new NssError(message, this.options.mainFile, 0);
  }

  run(): CheckedProgram {
    const functions = this.parsed.symbols.functions;
    const entry = this.entryPoint(functions);
    const items = this.parsed.items;
    for (const item of items) {
      if (item.kind === "function") for (const p of item.params) if (p.default) this.expr(p.default);
    }
    if (items.some((i) => i.kind === "struct" || i.kind === "global")) this.level++;
    for (const item of items) {
      if (item.kind === "struct") this.structs.define(item);
      else if (item.kind === "global") this.declareAll(item.decl.declarators, "global");
    }
    for (const item of items) if (item.kind === "function" && item.body) this.checkFunction(item);

    const roots: Owner[] = [GLOBALS];
    if (entry) {
      const sym = functions.get(entry);
      if (sym && !sym.definition && !this.options.asInclude) this.failNoLine(named(E.UNDEFINED_IDENTIFIER, entry));
      roots.push(entry);
    }
    const problem = this.graph.firstReachableProblem(roots);
    if (problem?.kind === "continue") this.failNoLine(E.UNKNOWN_STATE);
    // The official compiler names nothing here ("UNDEFINED IDENTIFIER ()"); naming the function
    // keeps the official text before " (" and says which body is missing.
    if (problem?.kind === "missingBody") this.failNoLine(named(E.UNDEFINED_IDENTIFIER, problem.callee));

    const structs = this.structs.declarations();
    const entryDef = entry ? functions.get(entry)?.definition : undefined;
    return {
      files: this.parsed.files,
      items,
      globals: this.globals,
      functions,
      structs,
      ...(entry ? { entryPoint: entry } : {}),
      ...(entryDef ? { entry: entryDef } : {}),
      engineFunctions: this.spec.functions,
    };
  }

  /** main is preferred, then StartingConditional; their signatures are checked before anything else. */
  private entryPoint(functions: ReadonlyMap<string, FunctionSymbol>): "main" | "StartingConditional" | undefined {
    const main = functions.get("main");
    const sc = functions.get("StartingConditional");
    if (this.options.asInclude) return main ? "main" : sc ? "StartingConditional" : undefined;
    if (main) {
      if (main.returnType.kind !== "void") this.failNoLine(E.MAIN_MUST_BE_VOID);
      if (main.params.length !== 0) this.failNoLine(E.MAIN_MUST_HAVE_NO_PARAMETERS);
      return "main";
    }
    if (sc) {
      if (sc.returnType.kind !== "int") this.failNoLine(E.SC_MUST_BE_INT);
      if (sc.params.length !== 0) this.failNoLine(E.SC_MUST_HAVE_NO_PARAMETERS);
      return "StartingConditional";
    }
    // A script with neither entry point gets the official "no main" error.
    return this.failNoLine(E.NO_FUNCTION_MAIN);
  }

  // -------------------------------------------------------------------------------------------
  // Variables

  private declare(name: string, type: NssType, pos: Pos, binding: VariableBinding, checkStruct: boolean): void {
    if (this.vars.some((v) => v.name === name && v.level === this.level)) this.fail(E.VARIABLE_ALREADY_USED_WITHIN_SCOPE, pos);
    if (checkStruct && type.kind === "struct" && !this.structs.has(type.name)) this.fail(E.UNDEFINED_STRUCTURE, pos);
    this.vars.push({ name, type, level: this.level, binding });
    this.depth += this.structs.sizeOf(type);
  }

  private declareAll(declarators: readonly VarDeclarator[], scope: "global" | "local"): void {
    for (const d of declarators) {
      this.declare(d.name, d.type, d.pos, { scope, decl: d }, true);
      if (scope === "global") this.globals.push(d);
      if (d.init) {
        const t = this.expr(d.init);
        if (!sameType(t, d.type)) this.fail(E.MISMATCHED_TYPES, d.initPos ?? d.pos);
      }
    }
  }

  private lookup(name: string): LiveVar | undefined {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name && this.vars[i].binding) return this.vars[i];
    return undefined;
  }

  /** Runs `body` in a nested scope and drops the scope's variables afterwards. */
  private scoped(body: () => void): void {
    const vars = this.vars.length;
    const depth = this.depth;
    this.level++;
    body();
    this.level--;
    this.vars.length = vars;
    this.depth = depth;
  }

  // -------------------------------------------------------------------------------------------
  // Functions and statements

  private checkFunction(def: FunctionDef): void {
    this.fn = def;
    this.owner = def.name;
    this.scoped(() => {
      if (def.returnType.kind !== "void") {
        this.vars.push({ name: "#retval", type: def.returnType, level: this.level });
        this.depth += this.structs.sizeOf(def.returnType);
      }
      // The compiler registers parameters last to first.
      for (let i = def.params.length - 1; i >= 0; i--) {
        const p: Param = def.params[i];
        this.declare(p.name, p.type, p.pos, { scope: "param", decl: p, fn: def }, false);
      }
      this.block(def.body!);
    });
    if (def.returnType.kind !== "void" && !alwaysReturns(def.body!)) this.fail(E.NOT_ALL_CONTROL_PATHS_RETURN, def.pos);
    this.fn = undefined;
    this.owner = GLOBALS;
  }

  private block(b: Block): void {
    this.scoped(() => {
      for (const s of b.statements) this.stmt(s);
    });
  }

  private condition(cond: Expr, at: Pos): void {
    const t = this.expr(cond);
    if (this.structs.topSlotKind(t) !== "int") this.fail(E.NON_INTEGER_EXPRESSION, at);
  }

  private inLoop(body: () => void): void {
    this.loops++;
    body();
    this.loops--;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case "block":
        return this.block(s);
      case "varDecl":
        if (s.isConst) this.fail(E.CONST_ON_NON_GLOBAL, s.pos);
        return this.declareAll(s.declarators, "local");
      case "expr":
        this.expr(s.expr);
        return;
      case "if":
        this.condition(s.cond, s.condPos);
        this.stmt(s.then);
        if (s.else) this.stmt(s.else);
        return;
      case "while":
        this.condition(s.cond, s.condPos);
        return this.inLoop(() => this.stmt(s.body));
      case "doWhile":
        return this.inLoop(() => {
          this.stmt(s.body);
          this.condition(s.cond, s.condPos);
        });
      case "for":
        if (s.init) this.expr(s.init);
        if (s.cond) this.condition(s.cond, s.condPos);
        return this.inLoop(() => {
          this.stmt(s.body);
          if (s.incr) this.expr(s.incr);
        });
      case "switch":
        return this.switchStmt(s.cond, s.condPos, s.body);
      case "case": {
        const value = this.caseValue(s.expr);
        if (value === undefined) this.fail(E.CASE_NOT_CONSTANT_INTEGER, s.pos);
        s.value = value;
        if (this.depth !== this.switchDepth + 1) this.fail(E.JUMPING_OVER_DECLARATION_CASE, s.pos);
        return;
      }
      case "default":
        if (this.depth !== this.switchDepth + 1) this.fail(E.JUMPING_OVER_DECLARATION_DEFAULT, s.pos);
        return;
      case "break":
        if (this.loops === 0 && this.switches === 0) this.fail(E.BREAK_OUTSIDE_LOOP, s.pos);
        return;
      case "continue":
        if (this.loops === 0) this.graph.problems.push({ kind: "continue", owner: this.owner });
        return;
      case "return":
        return this.returnStmt(s.value, s.pos);
      case "empty":
        return;
    }
  }

  private returnStmt(value: Expr | undefined, pos: Pos): void {
    const t = value ? this.expr(value) : undefined;
    const want = this.fn?.returnType ?? T_VOID;
    if ((want.kind === "void") !== (t === undefined)) this.fail(E.RETURN_TYPE_MISMATCHED, pos);
    if (t && !sameType(t, want)) this.fail(E.RETURN_TYPE_MISMATCHED, pos);
  }

  private switchStmt(cond: Expr, condPos: Pos, body: Stmt): void {
    this.condition(cond, condPos);
    const saved = this.switchDepth;
    this.switchDepth = this.depth;
    this.depth++;
    this.switches++;
    this.checkLabels(body, { hasDefault: false, values: new Set() });
    this.stmt(body);
    this.switches--;
    this.depth--;
    this.switchDepth = saved;
  }

  /** Label checks done when the switch is reached, over its body but not nested switches. */
  private checkLabels(s: Stmt, seen: { hasDefault: boolean; values: Set<number> }): void {
    switch (s.kind) {
      case "default":
        if (seen.hasDefault) this.fail(E.MULTIPLE_DEFAULT, s.pos);
        seen.hasDefault = true;
        return;
      case "case": {
        const v = this.caseValue(s.expr);
        if (v === undefined) this.fail(E.CASE_NOT_CONSTANT_INTEGER, s.pos);
        if (seen.values.has(v)) this.fail(E.MULTIPLE_CASE, s.pos);
        seen.values.add(v);
        return;
      }
      case "block":
        for (const x of s.statements) this.checkLabels(x, seen);
        return;
      case "if":
        this.checkLabels(s.then, seen);
        if (s.else) this.checkLabels(s.else, seen);
        return;
      case "while":
      case "doWhile":
      case "for":
        this.checkLabels(s.body, seen);
        return;
      default:
        return;
    }
  }

  /** A case label's int value (a string label is hashed), or undefined when it is not constant. */
  private caseValue(e: Expr): number | undefined {
    const crash = findCrashingDivision(e);
    if (crash) this.fail(crash.message, crash.at.pos);
    const v = foldConstant(e);
    if (!v || v.type === "float") return undefined;
    typeConstant(e);
    return v.type === "int" ? v.value : caseStringValue(v.value);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private expr(e: Expr): NssType {
    const t = this.exprType(e);
    e.type = t;
    return t;
  }

  private result(r: OpResult, at: Pos): NssType {
    if ("error" in r) this.fail(r.error, at);
    return r.type;
  }

  private exprType(e: Expr): NssType {
    switch (e.kind) {
      case "int":
        return T_INT;
      case "float":
        return T_FLOAT;
      case "string":
        return T_STRING;
      case "object":
        return T_OBJECT;
      case "vector":
        return T_VECTOR;
      case "locationInvalid":
        return this.spec.engineTypes[ENGINE_LOCATION] ?? engineType("location", ENGINE_LOCATION);
      case "json":
        return this.spec.engineTypes[ENGINE_JSON] ?? engineType("json", ENGINE_JSON);
      case "var": {
        const v = this.lookup(e.name);
        if (!v) this.fail(E.VARIABLE_DEFINED_WITHOUT_TYPE, e.pos);
        e.binding = v.binding;
        return v.type;
      }
      case "field":
        return this.field(e.base, e.field, e.pos, (i) => (e.fieldIndex = i));
      case "call":
        return this.call(e);
      case "unary": {
        const t = this.result(unaryResult(e.op, this.expr(e.operand)), e.pos);
        const folded = foldUnary(e.op, knownConstant(e.operand));
        if (folded) e.folded = folded;
        return t;
      }
      case "incdec": {
        const t = this.expr(e.operand);
        if (t.kind !== "int") this.fail(E.OPERAND_MUST_BE_INTEGER_LVALUE, e.pos);
        if (e.operand.kind !== "var" && e.operand.kind !== "field") this.fail(E.OPERAND_MUST_BE_INTEGER_LVALUE, e.operand.pos);
        return T_INT;
      }
      case "binary": {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        const left = knownConstant(e.left);
        const right = knownConstant(e.right);
        const crash = crashingDivision(e.op, left, right);
        if (crash) this.fail(crash, e.pos);
        const t = this.result(binaryResult(e.op, l, r), e.pos);
        const folded = left && right && left.type === right.type ? foldBinary(e.op, left, right) : undefined;
        if (folded) e.folded = folded;
        return t;
      }
      case "assign": {
        let valueType: NssType;
        if (e.op === "=") valueType = this.expr(e.value);
        else {
          const current = this.expr(e.target);
          valueType = this.result(binaryResult(compoundOperator(e.op), current, this.expr(e.value)), e.pos);
        }
        const targetType = this.expr(e.target);
        if (!sameType(valueType, targetType)) this.fail(E.MISMATCHED_TYPES, e.pos);
        return targetType;
      }
      case "conditional": {
        const c = this.expr(e.cond);
        if (this.structs.topSlotKind(c) !== "int") this.fail(E.INTEGER_NOT_AT_TOP_OF_STACK, e.pos);
        const a = this.expr(e.whenTrue);
        const b = this.expr(e.whenFalse);
        if (!sameType(a, b)) this.fail(E.CONDITIONAL_MUST_HAVE_MATCHING_RETURN_TYPES, e.pos);
        return a;
      }
    }
  }

  private field(base: Expr, name: string, pos: Pos, setIndex: (i: number) => void): NssType {
    const found = this.structs.field(this.expr(base), name);
    if (typeof found === "string") this.fail(found, pos);
    setIndex(found.index);
    return found.type;
  }

  private call(e: Call): NssType {
    const params: readonly { readonly type: NssType; readonly default?: unknown }[] = e.target.fn.params;
    const firstOptional = params.findIndex((p) => p.default !== undefined);
    const nonOptional = firstOptional < 0 ? params.length : firstOptional;
    if (e.args.length > params.length || e.args.length < nonOptional) this.fail(E.DECLARATION_DOES_NOT_MATCH_PARAMETERS, e.pos);
    const argTypes: NssType[] = [];
    for (let i = e.args.length - 1; i >= 0; i--) argTypes[i] = this.expr(e.args[i]);
    for (let i = 0; i < argTypes.length; i++) {
      if (!sameType(argTypes[i], params[i].type)) this.fail(E.DECLARATION_DOES_NOT_MATCH_PARAMETERS, e.pos);
    }
    if (e.target.kind === "user") {
      const callee = e.target.fn;
      this.graph.addCall(this.owner, callee.name);
      if (!callee.definition) this.graph.problems.push({ kind: "missingBody", owner: this.owner, callee: callee.name });
    }
    const ret = e.target.fn.returnType;
    if (ret.kind === "void") return e.deferred ? T_ACTION : T_VOID;
    return ret;
  }
}

/** Types of a folded constant expression (case labels are never evaluated, only folded). */
function typeConstant(e: Expr): void {
  if (e.kind === "int") e.type = T_INT;
  else if (e.kind === "float") e.type = T_FLOAT;
  else if (e.kind === "string") e.type = T_STRING;
  else if (e.kind === "unary") {
    typeConstant(e.operand);
    e.type = e.operand.type;
  } else if (e.kind === "binary") {
    typeConstant(e.left);
    typeConstant(e.right);
    const v = foldConstant(e);
    e.type = v?.type === "float" ? T_FLOAT : v?.type === "string" ? T_STRING : T_INT;
  }
}
