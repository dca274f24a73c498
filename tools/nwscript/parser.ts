// Statements and file-scope declarations, with the official compiler's grammar and error choices:
// declarations are not allowed in a for initialiser, `if (x);` is an error, a case label is a
// statement of its own, functions must be declared before use, and #include pulls another file
// in at file scope. Parse-time checks (function headers, const globals, includes) happen at the
// token where the official compiler makes them, so the first error is the same.
import type { Block, Expr, FunctionDef, Pos, Stmt, StructDecl, StructField, TopLevel, VarDeclarator, VarDeclStmt } from "./ast.js";
import { constGlobalValue, declareFunction, type FunctionHeader, type ParamSyntax } from "./declare.js";
import { E, named } from "./errors.js";
import { Lexer, type Token } from "./lexer.js";
import { ExprParser } from "./parse-expr.js";
import type { SourceFile } from "./stream.js";
import type { SymbolTable } from "./symbols.js";
import { type NssType, structType, T_FLOAT, T_INT, T_OBJECT, T_STRING, T_VECTOR, T_VOID } from "./types.js";

/** How #include finds files. */
export interface IncludeLoader {
  /** The file `name.nss` as seen from `fromPath`, or undefined when there is none. */
  load(name: string, fromPath: string): { path: string; text: string } | undefined;
}

/** The official compiler's include nesting limit (the main file counts as one level). */
export const MAX_INCLUDE_DEPTH = 16;

export interface ParsedProgram {
  readonly files: string[];
  readonly items: TopLevel[];
  readonly symbols: SymbolTable;
}

interface TypeSpec {
  readonly type: NssType;
  /** The `const` keyword, when the type was written with one. */
  readonly constTok?: Token;
}

const SIMPLE_TYPES: Readonly<Record<string, NssType>> = {
  int: T_INT,
  float: T_FLOAT,
  string: T_STRING,
  object: T_OBJECT,
  vector: T_VECTOR,
};

export function parseProgram(main: { path: string; scriptName: string; text: string }, symbols: SymbolTable, loader: IncludeLoader): ParsedProgram {
  const parser = new Parser(symbols, loader);
  return parser.run(main);
}

class Parser extends ExprParser {
  private readonly items: TopLevel[] = [];
  private readonly files: string[] = [];
  /** Files that produced a declaration (lowercased): including one of them again does nothing. */
  private readonly seen = new Set<string>();
  private readonly implementedEngineFunctions = new Set<string>();

  constructor(
    symbols: SymbolTable,
    private readonly loader: IncludeLoader,
  ) {
    super(symbols);
  }

  run(main: { path: string; scriptName: string; text: string }): ParsedProgram {
    this.enter({ path: main.path, scriptName: main.scriptName }, main.text);
    return { files: this.files, items: this.items, symbols: this.symbols };
  }

  private enter(source: SourceFile, text: string): void {
    if (!this.files.includes(source.path)) this.files.push(source.path);
    this.pushSource(new Lexer(text, source.path), source);
    this.parseFileBody();
    this.popSource();
  }

  // -------------------------------------------------------------------------------------------
  // File scope

  private parseFileBody(): void {
    for (;;) {
      const t = this.peek();
      if (t.kind === "eof") return;
      if (this.isKeyword(t, "#include")) {
        this.advance();
        const nameTok = this.peek();
        const name = this.includeName(nameTok);
        if (name === undefined) this.fail(E.AFTER_COMPOUND_STATEMENT_AT_END, nameTok);
        this.advance();
        this.include(name, nameTok);
      } else {
        this.parseFileDeclaration();
      }
    }
  }

  private includeName(t: Token): string | undefined {
    if (t.kind === "string") return t.value;
    const cls = this.classify(t);
    return cls?.k === "const" && cls.value.type === "string" ? cls.value.value : undefined;
  }

  private include(name: string, at: Token): void {
    if (this.seen.has(name.toLowerCase())) return;
    if (this.depth >= MAX_INCLUDE_DEPTH) this.fail(E.INCLUDE_TOO_MANY_LEVELS, at);
    if (this.openFiles.some((f) => f.scriptName === name)) this.fail(E.INCLUDE_RECURSIVE, at);
    const found = this.loader.load(name, this.source.path);
    if (!found) this.fail(E.FILE_NOT_FOUND, at);
    this.enter({ path: found.path, scriptName: name }, found.text);
  }

  /** A function prototype or definition, a struct definition, or global variables/constants. */
  private parseFileDeclaration(): void {
    this.seen.add(this.source.scriptName.toLowerCase());
    let spec: TypeSpec;
    if (this.isKeyword(this.peek(), "void")) {
      this.advance();
      spec = { type: T_VOID };
    } else {
      spec = this.parseNonVoidType();
    }
    const { type } = spec;
    if (!spec.constTok && (type.kind === "struct" || type.kind === "vector") && this.at("{")) {
      this.parseStructDefinition(type.kind === "struct" ? (type as { name: string }).name : "vector");
      return;
    }
    const nameTok = this.peek();
    const cls = this.classify(nameTok);
    if (cls?.k !== "var" && cls?.k !== "func") this.fail(E.FUNCTION_DEFINITION_MISSING_NAME);
    this.advance();
    this.currentFunction = nameTok.text;
    if (this.at("(")) this.parseFunction(spec, nameTok);
    else if (this.at(";") || this.at(",") || this.at("=")) this.parseGlobals(spec, nameTok);
    else this.fail(E.FUNCTION_DEFINITION_MISSING_PARAMETER_LIST);
  }

  private parseGlobals(spec: TypeSpec, nameTok: Token): void {
    if (spec.type.kind === "void") this.fail(E.INVALID_DECLARATION_TYPE);
    if (this.classify(nameTok)?.k !== "var") this.fail(E.PARSING_VARIABLE_LIST);
    const declarators = this.parseDeclarators(spec.type, nameTok);
    this.advance(); // ;
    if (spec.constTok) {
      for (const d of declarators) {
        const { decl, value } = constGlobalValue(d.name, d.type, d.init, d.pos);
        this.symbols.addConst(decl, value);
        this.items.push(decl);
      }
      return;
    }
    const decl: VarDeclStmt = { kind: "varDecl", isConst: false, declarators, pos: this.pos(nameTok) };
    this.items.push({ kind: "global", decl });
  }

  private parseFunction(spec: TypeSpec, nameTok: Token): void {
    this.advance(); // (
    const params: ParamSyntax[] = [];
    if (!this.at(")")) {
      for (;;) {
        params.push(this.parseParam());
        if (this.at(")")) break;
        if (!this.at(",")) this.fail(E.UNKNOWN_STATE);
        this.advance();
        if (this.at(")")) break;
      }
    }
    this.advance(); // )
    const header: FunctionHeader = {
      name: nameTok.text,
      returnType: spec.constTok ? undefined : spec.type,
      params,
      pos: this.pos(nameTok),
    };
    const end = this.peek();
    if (!this.isPunct(end, ";") && !this.isPunct(end, "{")) this.fail(E.UNKNOWN_STATE);
    const hasBody = this.isPunct(end, "{");
    const def: FunctionDef = declareFunction(this.symbols, header, hasBody, this.pos(end), (e) => this.macroLiterals.has(e), this.implementedEngineFunctions);
    if (hasBody) def.body = this.parseBlock();
    else this.advance();
    this.items.push(def);
  }

  private parseParam(): ParamSyntax {
    const spec = this.parseNonVoidType();
    const nameTok = this.peek();
    if (this.classify(nameTok)?.k !== "var") this.fail(E.BAD_VARIABLE_NAME);
    this.advance();
    const base = { name: nameTok.text, type: spec.constTok ? undefined : spec.type, pos: this.pos(nameTok) };
    if (!this.at("=")) return { ...base, negated: false };
    this.advance();
    const negated = this.at("-");
    if (negated) this.advance();
    return { ...base, negated, defaultValue: this.parsePrimary() };
  }

  private parseStructDefinition(name: string): void {
    const brace = this.advance();
    const fields: StructField[] = [];
    while (!this.at("}")) {
      if (!this.startsMemberType(this.peek())) this.fail(E.BAD_TYPE_SPECIFIER);
      const { type } = this.parseNonVoidType();
      for (;;) {
        const nameTok = this.peek();
        if (this.classify(nameTok)?.k !== "var") this.fail(E.PARSING_VARIABLE_LIST);
        this.advance();
        fields.push({ name: nameTok.text, type, pos: this.pos(nameTok) });
        if (this.at(";")) break;
        if (!this.at(",")) this.fail(E.PARSING_VARIABLE_LIST);
        this.advance();
      }
      this.advance(); // ;
    }
    this.advance(); // }
    if (!this.at(";")) this.fail(E.NO_SEMICOLON_AFTER_STRUCTURE);
    this.advance();
    const decl: StructDecl = { kind: "struct", name, fields, pos: this.pos(brace) };
    this.items.push(decl);
  }

  // -------------------------------------------------------------------------------------------
  // Types and declarations

  private startsMemberType(t: Token): boolean {
    if (t.kind !== "ident") return false;
    if (["int", "float", "string", "object", "struct", "vector"].includes(t.text)) return true;
    return this.classify(t)?.k === "type";
  }

  /** non-void-type-specifier: [const] int | float | string | object | vector | struct Name | engine type. */
  private parseNonVoidType(): TypeSpec {
    let constTok: Token | undefined;
    while (this.isKeyword(this.peek(), "const")) constTok = this.advance();
    const t = this.peek();
    if (constTok && !(t.kind === "ident" && (t.text === "int" || t.text === "float" || t.text === "string"))) {
      this.fail(E.INVALID_TYPE_FOR_CONST);
    }
    if (t.kind === "ident") {
      const simple = SIMPLE_TYPES[t.text];
      if (simple) {
        this.advance();
        return { type: simple, ...(constTok ? { constTok } : {}) };
      }
      if (t.text === "struct") {
        this.advance();
        const nameTok = this.peek();
        if (this.classify(nameTok)?.k !== "var") this.fail(E.INVALID_DECLARATION_TYPE);
        this.advance();
        return { type: structType(nameTok.text) };
      }
      const cls = this.classify(t);
      if (cls?.k === "type") {
        this.advance();
        return { type: cls.type };
      }
    }
    return this.fail(E.INVALID_DECLARATION_TYPE);
  }

  /** The declarator list after the first name: `[= init] {, name [= init]}`, up to the `;`. */
  private parseDeclarators(type: NssType, firstName: Token): VarDeclarator[] {
    const out: VarDeclarator[] = [];
    let nameTok = firstName;
    for (;;) {
      const pos = this.pos(nameTok);
      if (this.at("=")) {
        const eq = this.advance();
        const init = this.parseExpression();
        out.push({ name: nameTok.text, type, pos, init, initPos: this.pos(eq) });
      } else {
        out.push({ name: nameTok.text, type, pos });
      }
      if (this.at(";")) return out;
      if (!this.at(",")) this.fail(E.PARSING_VARIABLE_LIST);
      this.advance();
      nameTok = this.peek();
      if (this.classify(nameTok)?.k !== "var") this.fail(E.PARSING_VARIABLE_LIST);
      this.advance();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  /** `{ statements }`; the lookahead is the `{`. */
  private parseBlock(): Block {
    const open = this.advance();
    const statements: Stmt[] = [];
    while (!this.at("}") && this.peek().kind !== "eof") {
      const s = this.parseStatement();
      if (s) statements.push(s);
    }
    if (!this.at("}")) this.fail(E.UNEXPECTED_END_COMPOUND_STATEMENT);
    this.advance();
    return { kind: "block", statements, pos: this.pos(open) };
  }

  private expect(p: "(" | ")" | ";" | ":", message: string): Token {
    if (!this.at(p)) this.fail(message);
    return this.advance();
  }

  /** A statement, or null for a lone `;` (which some statements do not accept as a body). */
  private parseStatement(): Stmt | null {
    const t = this.peek();
    const pos = this.pos(t);
    if (this.isPunct(t, "{")) return this.parseBlock();
    if (this.isPunct(t, ";")) {
      this.advance();
      return null;
    }
    const cls = this.classify(t);
    if (cls?.k === "keyword") {
      switch (cls.word) {
        case "return":
          return this.parseReturn(pos);
        case "switch":
          return this.parseSwitch(pos);
        case "default":
          this.advance();
          this.expect(":", E.NO_COLON_AFTER_DEFAULT);
          return { kind: "default", pos };
        case "case": {
          this.advance();
          const expr = this.parseConditional();
          this.expect(":", E.NO_COLON_AFTER_CASE);
          return { kind: "case", expr, pos };
        }
        case "break":
        case "continue":
          this.advance();
          this.expect(";", E.NO_SEMICOLON_AFTER_STATEMENT);
          return { kind: cls.word, pos };
        case "if":
          return this.parseIf(pos);
        case "else":
          return this.fail(E.ELSE_WITHOUT_IF);
        case "while":
          return this.parseWhile(pos);
        case "do":
          return this.parseDoWhile(pos);
        case "for":
          return this.parseFor(pos);
        case "const":
        case "int":
        case "float":
        case "string":
        case "object":
        case "struct":
        case "vector":
          return this.parseLocalDeclaration(pos);
        default:
          break;
      }
    }
    if (cls?.k === "type") return this.parseLocalDeclaration(pos);
    if (cls?.k === "func" && cls.returnType.kind === "void") {
      const call = this.parseCall(false);
      this.expect(";", E.NO_SEMICOLON_AFTER_EXPRESSION);
      return { kind: "expr", expr: call, pos };
    }
    const expr = this.parseExpression();
    if (!this.at(";")) {
      if (this.at("(") && expr.kind === "var") this.fail(named(E.UNDEFINED_IDENTIFIER, expr.name));
      this.fail(E.NO_SEMICOLON_AFTER_EXPRESSION);
    }
    this.advance();
    return { kind: "expr", expr, pos };
  }

  private parseLocalDeclaration(pos: Pos): Stmt {
    const spec = this.parseNonVoidType();
    const nameTok = this.peek();
    if (this.classify(nameTok)?.k !== "var") this.fail(E.PARSING_VARIABLE_LIST);
    this.advance();
    const declarators = this.parseDeclarators(spec.type, nameTok);
    this.advance(); // ;
    return { kind: "varDecl", isConst: spec.constTok !== undefined, declarators, pos: spec.constTok ? this.pos(spec.constTok) : pos };
  }

  private parseReturn(pos: Pos): Stmt {
    this.advance();
    if (this.at(";")) {
      this.advance();
      return { kind: "return", pos };
    }
    const value = this.parseExpression();
    this.expect(";", E.PARSING_RETURN_STATEMENT);
    return { kind: "return", value, pos };
  }

  /** `( boolean-expression )`: the condition and where a non-int condition is reported. */
  private parseCondition(): { cond: Expr; condPos: Pos } {
    this.expect("(", E.NO_LEFT_BRACKET_ON_EXPRESSION);
    const cond = this.parseExpression();
    const condPos = this.pos(this.peek());
    this.expect(")", E.NO_RIGHT_BRACKET_ON_EXPRESSION);
    return { cond, condPos };
  }

  private parseSwitch(pos: Pos): Stmt {
    this.advance();
    const { cond, condPos } = this.parseCondition();
    const body = this.parseStatement();
    if (!body) this.fail(E.SWITCH_NULL_STATEMENT);
    return { kind: "switch", cond, condPos, body, pos };
  }

  private parseIf(pos: Pos): Stmt {
    this.advance();
    const { cond, condPos } = this.parseCondition();
    const then = this.parseStatement();
    if (!then) this.fail(E.IF_NULL_STATEMENT);
    if (!this.isKeyword(this.peek(), "else")) return { kind: "if", cond, condPos, then, pos };
    this.advance();
    const otherwise = this.parseStatement();
    if (!otherwise) this.fail(E.ELSE_NULL_STATEMENT);
    return { kind: "if", cond, condPos, then, else: otherwise, pos };
  }

  private parseWhile(pos: Pos): Stmt {
    this.advance();
    const { cond, condPos } = this.parseCondition();
    const body = this.parseStatement();
    if (!body) this.fail(E.WHILE_NULL_STATEMENT);
    return { kind: "while", cond, condPos, body, pos };
  }

  private parseDoWhile(pos: Pos): Stmt {
    this.advance();
    const body = this.parseStatement();
    // The official compiler crashes on `do ; while (…);`; report it instead of accepting it.
    if (!body) this.fail(E.UNKNOWN_STATE);
    if (!this.isKeyword(this.peek(), "while")) this.fail(E.NO_WHILE_AFTER_DO);
    this.advance();
    const { cond, condPos } = this.parseCondition();
    this.expect(";", E.NO_SEMICOLON_AFTER_EXPRESSION);
    return { kind: "doWhile", body, cond, condPos, pos };
  }

  private parseFor(pos: Pos): Stmt {
    this.advance();
    this.expect("(", E.NO_LEFT_BRACKET_ON_EXPRESSION);
    const init = this.at(";") ? undefined : this.parseExpression();
    this.expect(";", E.NO_SEMICOLON_AFTER_EXPRESSION);
    const cond = this.at(";") ? undefined : this.parseExpression();
    const condPos = this.pos(this.peek());
    this.expect(";", E.NO_SEMICOLON_AFTER_EXPRESSION);
    const incr = this.at(")") ? undefined : this.parseExpression();
    this.expect(")", E.NO_SEMICOLON_AFTER_EXPRESSION);
    const body = this.parseStatement();
    if (!body) this.fail(E.FOR_NULL_STATEMENT);
    return { kind: "for", ...(init ? { init } : {}), ...(cond ? { cond } : {}), condPos, ...(incr ? { incr } : {}), body, pos };
  }
}
