// Result types of NWScript's operators, or the official error message when the operands are not
// accepted. int and float mix only in + - * /; strings add and compare for equality; vectors add,
// subtract, and scale by a float.
import type { BinaryOp } from "./ast.js";
import { E } from "./errors.js";
import { type NssType, sameType, T_FLOAT, T_INT, T_STRING, T_VECTOR } from "./types.js";

export type OpResult = { readonly type: NssType } | { readonly error: string };

function ok(type: NssType): OpResult {
  return { type };
}

export function binaryResult(op: BinaryOp, l: NssType, r: NssType): OpResult {
  const ints = l.kind === "int" && r.kind === "int";
  switch (op) {
    case "&&":
    case "||":
    case "|":
    case "^":
    case "&":
      return ints ? ok(T_INT) : { error: E.LOGICAL_INVALID_OPERANDS };
    case "==":
    case "!=":
      return equalityAllowed(l, r) ? ok(T_INT) : { error: E.EQUALITY_INVALID_OPERANDS };
    case "<":
    case "<=":
    case ">":
    case ">=":
      return ints || (l.kind === "float" && r.kind === "float") ? ok(T_INT) : { error: E.COMPARISON_INVALID_OPERANDS };
    case "<<":
    case ">>":
    case ">>>":
      return ints ? ok(T_INT) : { error: E.SHIFT_INVALID_OPERANDS };
    case "%":
      return ints ? ok(T_INT) : { error: E.ARITHMETIC_INVALID_OPERANDS };
    default:
      return arithmetic(op, l, r);
  }
}

function equalityAllowed(l: NssType, r: NssType): boolean {
  switch (l.kind) {
    case "int":
    case "float":
    case "object":
    case "string":
    case "engine":
    case "struct":
    case "vector":
      return sameType(l, r);
    default:
      return false;
  }
}

function arithmetic(op: "+" | "-" | "*" | "/", l: NssType, r: NssType): OpResult {
  const bad: OpResult = { error: E.ARITHMETIC_INVALID_OPERANDS };
  const numeric = (t: NssType) => t.kind === "int" || t.kind === "float";
  if (l.kind === "int" && r.kind === "int") return ok(T_INT);
  if (numeric(l) && numeric(r)) return ok(T_FLOAT);
  if (l.kind === "string" && r.kind === "string") return op === "+" ? ok(T_STRING) : bad;
  if (l.kind === "vector" && r.kind === "vector") return op === "+" || op === "-" ? ok(T_VECTOR) : bad;
  if (l.kind === "vector" && r.kind === "float") return op === "*" || op === "/" ? ok(T_VECTOR) : bad;
  if (l.kind === "float" && r.kind === "vector") return op === "*" ? ok(T_VECTOR) : bad;
  return bad;
}

/** `-x`, `~x`, `!x`. */
export function unaryResult(op: "-" | "~" | "!", t: NssType): OpResult {
  if (t.kind === "int") return ok(T_INT);
  if (op === "-" && t.kind === "float") return ok(T_FLOAT);
  return { error: E.ARITHMETIC_INVALID_OPERANDS };
}

/** The operator a compound assignment applies (`+=` → `+`). */
export function compoundOperator(op: string): BinaryOp {
  return op.slice(0, -1) as BinaryOp;
}
