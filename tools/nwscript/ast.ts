// The syntax tree of a script and its includes, shaped for checking and for interpretation.
// The parser fills in the syntax and the parse-time resolutions (constants are literals, calls
// know their function); the checker fills in every expression's `type` and every variable
// reference's `binding`.
import type { NssType } from "./types.js";

/** Where a node comes from: the file (as the checker was given it or resolved it) and 1-based line. */
export interface Pos {
  readonly file: string;
  readonly line: number;
}

// ---------------------------------------------------------------------------------------------
// Expressions

interface ExprBase {
  readonly pos: Pos;
  /** The NWScript type; set by the checker on every expression node. */
  type?: NssType;
}

export interface IntLiteral extends ExprBase {
  readonly kind: "int";
  readonly value: number; // int32
  /** Name of the constant this literal came from (engine constant or const global), if any. */
  readonly constName?: string;
}

export interface FloatLiteral extends ExprBase {
  readonly kind: "float";
  readonly value: number; // a float32 value
  readonly constName?: string;
}

export interface StringLiteral extends ExprBase {
  readonly kind: "string";
  readonly value: string;
  readonly constName?: string;
  /** __DATE__ and __TIME__ are filled in when the script is compiled; `value` is "" here. */
  readonly macro?: "__DATE__" | "__TIME__";
}

/**
 * OBJECT_SELF (the caller) or OBJECT_INVALID; "id" only appears as an engine default written as
 * an int constant (nwscript.nss has `object oTokenTarget=OBJECT_TYPE_INVALID`).
 */
export interface ObjectLiteral extends ExprBase {
  readonly kind: "object";
  readonly which: "self" | "invalid" | "id";
  readonly id?: number;
}

export interface LocationInvalidLiteral extends ExprBase {
  readonly kind: "locationInvalid";
}

/** JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_OBJECT, JSON_ARRAY, JSON_STRING: `text` is the JSON text. */
export interface JsonLiteral extends ExprBase {
  readonly kind: "json";
  readonly text: string;
}

/** `[x, y, z]`; missing components are 0.0. */
export interface VectorLiteral extends ExprBase {
  readonly kind: "vector";
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export type VariableBinding =
  | { readonly scope: "global"; readonly decl: VarDeclarator }
  | { readonly scope: "local"; readonly decl: VarDeclarator }
  | { readonly scope: "param"; readonly decl: Param; readonly fn: FunctionDef };

export interface VariableRef extends ExprBase {
  readonly kind: "var";
  readonly name: string;
  /** Set by the checker. */
  binding?: VariableBinding;
}

export type CallTarget =
  | { readonly kind: "engine"; readonly fn: EngineFunction }
  | { readonly kind: "user"; readonly fn: FunctionSymbol };

export interface Call extends ExprBase {
  readonly kind: "call";
  readonly name: string;
  readonly target: CallTarget;
  readonly args: Expr[];
  /**
   * A void function called inside an expression (typically an `action` argument of
   * DelayCommand/AssignCommand/ActionDoCommand): its type is `action` and it runs later.
   */
  readonly deferred: boolean;
}

/** `base.field` on a struct or a vector (x, y, z). */
export interface FieldAccess extends ExprBase {
  readonly kind: "field";
  readonly base: Expr;
  readonly field: string;
  /** Index of the field in its structure (0..2 for vectors); set by the checker. */
  fieldIndex?: number;
}

/** The value the compiler computes at compile time for a constant operation (set by the checker). */
export type FoldedValue =
  | { readonly type: "int"; readonly value: number }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "string"; readonly value: string };

export interface Unary extends ExprBase {
  readonly kind: "unary";
  readonly op: "-" | "~" | "!";
  readonly operand: Expr;
  /**
   * Set when the official compiler folds this operation (all operands constant, one type): the
   * program uses this value, which can differ from evaluating at run time (`-7 >> 1` folds to -4
   * but the VM computes -3).
   */
  folded?: FoldedValue;
}

export interface IncDec extends ExprBase {
  readonly kind: "incdec";
  readonly op: "++" | "--";
  readonly prefix: boolean;
  readonly operand: Expr;
}

export type BinaryOp =
  | "*" | "/" | "%" | "+" | "-" | "<<" | ">>" | ">>>"
  | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&" | "^" | "|" | "&&" | "||";

export interface Binary extends ExprBase {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  /** See Unary.folded. */
  folded?: FoldedValue;
}

export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | ">>>=";

/**
 * `target op= value`. A compound assignment computes `target op value` with the usual operator
 * rules (so `float += int` is allowed) and stores the result; the expression's value is the
 * stored value.
 */
export interface Assign extends ExprBase {
  readonly kind: "assign";
  readonly op: AssignOp;
  readonly target: Expr;
  readonly value: Expr;
}

export interface Conditional extends ExprBase {
  readonly kind: "conditional";
  readonly cond: Expr;
  readonly whenTrue: Expr;
  readonly whenFalse: Expr;
}

export type Expr =
  | IntLiteral
  | FloatLiteral
  | StringLiteral
  | ObjectLiteral
  | LocationInvalidLiteral
  | JsonLiteral
  | VectorLiteral
  | VariableRef
  | Call
  | FieldAccess
  | Unary
  | IncDec
  | Binary
  | Assign
  | Conditional;

export type LiteralExpr =
  | IntLiteral
  | FloatLiteral
  | StringLiteral
  | ObjectLiteral
  | LocationInvalidLiteral
  | JsonLiteral
  | VectorLiteral;

// ---------------------------------------------------------------------------------------------
// Statements

interface StmtBase {
  readonly pos: Pos;
}

export interface VarDeclarator {
  readonly name: string;
  readonly type: NssType;
  readonly pos: Pos;
  readonly init?: Expr;
  /** Line of the `=` (where a type mismatch of the initialiser is reported). */
  readonly initPos?: Pos;
}

export interface VarDeclStmt extends StmtBase {
  readonly kind: "varDecl";
  readonly isConst: boolean; // only for the error on `const` locals; const globals are ConstDecl
  readonly declarators: VarDeclarator[];
}

export interface Block extends StmtBase {
  readonly kind: "block";
  readonly statements: Stmt[];
}

export interface ExprStmt extends StmtBase {
  readonly kind: "expr";
  readonly expr: Expr;
}

export interface IfStmt extends StmtBase {
  readonly kind: "if";
  readonly cond: Expr;
  /** Where the compiler reports a non-int condition (the token after the condition). */
  readonly condPos: Pos;
  readonly then: Stmt;
  readonly else?: Stmt;
}

export interface WhileStmt extends StmtBase {
  readonly kind: "while";
  readonly cond: Expr;
  readonly condPos: Pos;
  readonly body: Stmt;
}

export interface DoWhileStmt extends StmtBase {
  readonly kind: "doWhile";
  readonly body: Stmt;
  readonly cond: Expr;
  readonly condPos: Pos;
}

export interface ForStmt extends StmtBase {
  readonly kind: "for";
  readonly init?: Expr;
  /** Absent means "always true". */
  readonly cond?: Expr;
  readonly condPos: Pos;
  readonly incr?: Expr;
  readonly body: Stmt;
}

export interface SwitchStmt extends StmtBase {
  readonly kind: "switch";
  readonly cond: Expr;
  readonly condPos: Pos;
  readonly body: Stmt;
}

/** A `case` label; labels are statements of their own, so fallthrough is the default. */
export interface CaseLabel extends StmtBase {
  readonly kind: "case";
  readonly expr: Expr;
  /** The folded int32 label value (a string label is hashed); set by the checker. */
  value?: number;
}

export interface DefaultLabel extends StmtBase {
  readonly kind: "default";
}

export interface BreakStmt extends StmtBase {
  readonly kind: "break";
}

export interface ContinueStmt extends StmtBase {
  readonly kind: "continue";
}

export interface ReturnStmt extends StmtBase {
  readonly kind: "return";
  readonly value?: Expr;
}

/** A lone `;`. */
export interface EmptyStmt extends StmtBase {
  readonly kind: "empty";
}

export type Stmt =
  | VarDeclStmt
  | Block
  | ExprStmt
  | IfStmt
  | WhileStmt
  | DoWhileStmt
  | ForStmt
  | SwitchStmt
  | CaseLabel
  | DefaultLabel
  | BreakStmt
  | ContinueStmt
  | ReturnStmt
  | EmptyStmt;

// ---------------------------------------------------------------------------------------------
// Declarations

export interface Param {
  readonly name: string;
  readonly type: NssType;
  readonly pos: Pos;
  /** A constant default value (int, float, string, object, location, json or vector literal). */
  readonly default?: LiteralExpr;
}

/** One prototype or definition of a user function, as written. */
export interface FunctionDef {
  readonly kind: "function";
  readonly name: string;
  readonly returnType: NssType;
  readonly params: Param[];
  /** Absent for a prototype (the parser attaches it once the header is accepted). */
  body?: Block;
  readonly pos: Pos;
}

/**
 * A user function as callers see it: the parameter list (with defaults) of its first
 * declaration, and the definition that has the body (if any).
 */
export interface FunctionSymbol {
  readonly name: string;
  readonly returnType: NssType;
  readonly params: Param[];
  readonly declarations: FunctionDef[];
  definition?: FunctionDef;
}

export interface EngineParam {
  readonly name: string;
  readonly type: NssType;
  readonly default?: LiteralExpr;
}

export interface EngineFunction {
  readonly name: string;
  /** The engine's function number: its position among the prototypes of nwscript.nss (Random is 0). */
  readonly index: number;
  readonly returnType: NssType;
  readonly params: EngineParam[];
}

export interface StructField {
  readonly name: string;
  readonly type: NssType;
  readonly pos: Pos;
}

export interface StructDecl {
  readonly kind: "struct";
  readonly name: string;
  readonly fields: StructField[];
  readonly pos: Pos;
}

/** `const int/float/string NAME = value;` at file scope: uses of NAME are literals. */
export interface ConstDecl {
  readonly kind: "const";
  readonly name: string;
  readonly type: NssType;
  /** The value uses see (a const float is rounded through "%f", as the compiler does). */
  readonly value: number | string;
  readonly pos: Pos;
}

/** A file-scope variable declaration statement (`int a, b = 2;`). */
export interface GlobalDecl {
  readonly kind: "global";
  readonly decl: VarDeclStmt;
}

export type TopLevel = FunctionDef | StructDecl | ConstDecl | GlobalDecl;

/** The checked script with its includes, in source order (an include's items at its #include). */
export interface CheckedProgram {
  /** The files read, main file first, each once. */
  readonly files: string[];
  readonly items: TopLevel[];
  /** Global variables in initialisation order (source order across includes). */
  readonly globals: VarDeclarator[];
  readonly functions: ReadonlyMap<string, FunctionSymbol>;
  readonly structs: ReadonlyMap<string, StructDecl>;
  /** "main", "StartingConditional", or undefined for an include checked on its own. */
  readonly entryPoint?: "main" | "StartingConditional";
  /** The definition of the entry point. */
  readonly entry?: FunctionDef;
  /** Engine functions by number. */
  readonly engineFunctions: readonly EngineFunction[];
}
