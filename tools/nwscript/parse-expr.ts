// Expression grammar of the official compiler: C precedence, unary operators apply to a postfix
// expression (so `- -x` is rejected), assignment is not chainable (its right side is a
// conditional expression), and a void function called inside an expression is a deferred action.
import type { AssignOp, BinaryOp, Call, Expr, LiteralExpr, Pos } from "./ast.js";
import { E, named } from "./errors.js";
import type { Token } from "./lexer.js";
import { TokenStream } from "./stream.js";

const JSON_TEXT: Readonly<Record<string, string>> = {
  JSON_NULL: "null",
  JSON_FALSE: "false",
  JSON_TRUE: "true",
  JSON_OBJECT: "{}",
  JSON_ARRAY: "[]",
  JSON_STRING: '""',
};

const LITERAL_KEYWORDS: ReadonlySet<string> = new Set([
  "OBJECT_SELF", "OBJECT_INVALID", "LOCATION_INVALID", "__FUNCTION__", "__FILE__", "__LINE__",
  "__DATE__", "__TIME__", ...Object.keys(JSON_TEXT),
]);

const ASSIGN_OPS: ReadonlySet<string> = new Set([
  "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=",
]);

/** Binary operators by binding strength (C precedence; all left-associative). */
const PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ["||", 1],
  ["&&", 2],
  ["|", 3],
  ["^", 4],
  ["&", 5],
  ["==", 6],
  ["!=", 6],
  ["<", 7],
  ["<=", 7],
  [">", 7],
  [">=", 7],
  ["<<", 8],
  [">>", 8],
  [">>>", 8],
  ["+", 9],
  ["-", 9],
  ["*", 10],
  ["/", 10],
  ["%", 10],
]);

export class ExprParser extends TokenStream {
  /** Name of the last function or global declared (what __FUNCTION__ reads as). */
  protected currentFunction = "";
  /** __FUNCTION__, __FILE__ and __LINE__ values, which may not be parameter defaults. */
  protected readonly macroLiterals = new WeakSet<Expr>();

  /** expression: an assignment expression (the compiler has no comma operator). */
  protected parseExpression(): Expr {
    const target = this.parseConditional();
    const opTok = this.peek();
    if (opTok.kind !== "punct" || !ASSIGN_OPS.has(opTok.text)) return target;
    if (badLValue(target)) this.fail(E.BAD_LVALUE, opTok);
    this.advance();
    const value = this.parseConditional();
    if (this.at("(") && value.kind === "var") this.fail(named(E.UNDEFINED_IDENTIFIER, value.name));
    return { kind: "assign", op: opTok.text as AssignOp, target, value, pos: this.pos(opTok) };
  }

  protected parseConditional(): Expr {
    const cond = this.parseBinary(1);
    if (!this.at("?")) return cond;
    const q = this.advance();
    const whenTrue = this.parseConditional();
    if (!this.at(":")) this.fail(E.CONDITIONAL_REQUIRES_SECOND_EXPRESSION);
    this.advance();
    const whenFalse = this.parseConditional();
    return { kind: "conditional", cond, whenTrue, whenFalse, pos: this.pos(q) };
  }

  /** Operators binding at least as tightly as `minPrec`, by precedence climbing. */
  private parseBinary(minPrec: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      const t = this.peek();
      const prec = t.kind === "punct" ? PRECEDENCE.get(t.text) : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.advance();
      const right = this.parseBinary(prec + 1);
      left = { kind: "binary", op: t.text as BinaryOp, left, right, pos: this.pos(t) };
    }
  }

  /** unary-expression: at most one prefix operator, applied to a postfix expression. */
  protected parseUnary(): Expr {
    const t = this.peek();
    if (t.kind === "punct") {
      switch (t.text) {
        case "-":
        case "~":
        case "!":
          this.advance();
          return { kind: "unary", op: t.text, operand: this.parsePostfix(), pos: this.pos(t) };
        case "++":
        case "--":
          this.advance();
          return { kind: "incdec", op: t.text, prefix: true, operand: this.parsePostfix(), pos: this.pos(t) };
        case "+":
          this.advance();
          return this.parsePostfix();
        default:
          break;
      }
    }
    return this.parsePostfix();
  }

  /** postfix-expression: primary, then field accesses, then at most one ++ or --. */
  private parsePostfix(): Expr {
    let e = this.parsePrimary();
    for (;;) {
      const t = this.peek();
      if (this.isPunct(t, ".")) {
        this.advance();
        // The token after the dot is taken as the field name, whatever it is.
        const field = this.advance();
        e = { kind: "field", base: e, field: field.text, pos: this.pos(t) };
      } else if (this.isPunct(t, "++") || this.isPunct(t, "--")) {
        this.advance();
        return { kind: "incdec", op: t.text as "++" | "--", prefix: false, operand: e, pos: this.pos(t) };
      } else {
        return e;
      }
    }
  }

  protected parsePrimary(): Expr {
    const t = this.peek();
    if (this.isLiteralStart(t)) return this.parseLiteral();
    if (this.isPunct(t, "(")) {
      this.advance();
      const inner = this.parseExpression();
      if (!this.at(")")) this.fail(E.UNKNOWN_STATE);
      this.advance();
      return inner;
    }
    if (this.isPunct(t, "!")) return this.parseUnary();
    const cls = this.classify(t);
    if (cls?.k === "var") {
      this.advance();
      return { kind: "var", name: t.text, pos: this.pos(t) };
    }
    if (cls?.k === "func") return this.parseCall(cls.returnType.kind === "void");
    return this.fail(E.UNKNOWN_STATE, t);
  }

  /** `name(args)`; the lookahead is the function name. */
  protected parseCall(deferred: boolean): Call {
    const nameTok = this.advance();
    const cls = this.classify(nameTok);
    if (cls?.k !== "func") throw new Error("parseCall on a non-function");
    if (!this.at("(")) this.fail(E.NO_LEFT_BRACKET_ON_ARG_LIST);
    this.advance();
    const args = this.parseArgs();
    if (!this.at(")")) this.fail(E.NO_RIGHT_BRACKET_ON_ARG_LIST);
    this.advance();
    return { kind: "call", name: nameTok.text, target: cls.target, args, deferred, pos: this.pos(nameTok) };
  }

  /** Arguments up to (not including) the closing bracket. */
  private parseArgs(): Expr[] {
    const args: Expr[] = [];
    if (this.at("}")) this.fail(E.UNKNOWN_STATE);
    if (this.at(")")) return args;
    for (;;) {
      const arg = this.parseExpression();
      args.push(arg);
      if (this.at(")")) return args;
      if (this.at(",")) {
        this.advance();
        continue;
      }
      if (arg.kind === "var") this.fail(named(E.UNDEFINED_IDENTIFIER, arg.name));
      this.fail(E.UNKNOWN_STATE);
    }
  }

  protected isLiteralStart(t: Token): boolean {
    if (t.kind === "int" || t.kind === "float" || t.kind === "string") return true;
    if (this.isPunct(t, "[")) return true;
    if (t.kind !== "ident") return false;
    if (LITERAL_KEYWORDS.has(t.text)) return true;
    return this.classify(t)?.k === "const";
  }

  /** A constant: literal, named constant, OBJECT_SELF and friends, or a vector `[x, y, z]`. */
  protected parseLiteral(): LiteralExpr {
    const t = this.advance();
    const pos = this.pos(t);
    switch (t.kind) {
      case "int":
        return { kind: "int", value: t.value, pos };
      case "float":
        return { kind: "float", value: t.value, pos };
      case "string":
        return { kind: "string", value: t.value, pos };
      case "punct":
        return this.parseVectorRest(pos);
      default:
        break;
    }
    const word = t.text;
    switch (word) {
      case "OBJECT_SELF":
        return { kind: "object", which: "self", pos };
      case "OBJECT_INVALID":
        return { kind: "object", which: "invalid", pos };
      case "LOCATION_INVALID":
        return { kind: "locationInvalid", pos };
      case "__FUNCTION__":
        return this.macro({ kind: "string", value: this.currentFunction, pos });
      case "__FILE__":
        return this.macro({ kind: "string", value: `${this.source.scriptName}.nss`, pos });
      case "__LINE__":
        return this.macro({ kind: "int", value: t.line, pos });
      case "__DATE__":
      case "__TIME__":
        return { kind: "string", value: "", macro: word, pos };
      default:
        break;
    }
    if (word in JSON_TEXT) return { kind: "json", text: JSON_TEXT[word], pos };
    const cls = this.classify(t);
    if (cls?.k !== "const") throw new Error("parseLiteral on a non-constant");
    const v = cls.value;
    if (v.type === "int") return { kind: "int", value: v.value, constName: cls.name, pos };
    if (v.type === "float") return { kind: "float", value: v.value, constName: cls.name, pos };
    return { kind: "string", value: v.value, constName: cls.name, pos };
  }

  private macro(e: LiteralExpr): LiteralExpr {
    this.macroLiterals.add(e);
    return e;
  }

  /** After `[`: up to three float tokens separated by commas, then `]`. */
  private parseVectorRest(pos: Pos): LiteralExpr {
    const parts: number[] = [];
    if (!this.at("]")) {
      for (;;) {
        const v = this.floatToken(this.peek());
        if (v === undefined) this.fail(E.PARSING_CONSTANT_VECTOR);
        this.advance();
        parts.push(v);
        if (this.at("]")) break;
        if (parts.length === 3 || !this.at(",")) this.fail(E.PARSING_CONSTANT_VECTOR);
        this.advance();
      }
    }
    this.advance();
    return { kind: "vector", x: parts[0] ?? 0, y: parts[1] ?? 0, z: parts[2] ?? 0, pos };
  }

  private floatToken(t: Token): number | undefined {
    if (t.kind === "float") return t.value;
    const cls = this.classify(t);
    return cls?.k === "const" && cls.value.type === "float" ? cls.value.value : undefined;
  }
}

/**
 * The compiler accepts a variable, or a field access whose chain of left operands reaches a
 * variable, as an assignment target.
 */
function badLValue(e: Expr): boolean {
  if (e.kind === "var") return false;
  if (e.kind !== "field") return true;
  let cur: Expr | undefined = e.base;
  while (cur) {
    if (cur.kind === "var") return false;
    cur = leftOperand(cur);
  }
  return true;
}

function leftOperand(e: Expr): Expr | undefined {
  switch (e.kind) {
    case "field":
      return e.base;
    case "binary":
      return e.left;
    case "unary":
    case "incdec":
      return e.operand;
    case "assign":
      return e.op === "=" ? e.value : e.target;
    case "conditional":
      return e.cond;
    default:
      return undefined;
  }
}
