// Constant folding as the official compiler does it before reading a case label or a const
// global's value: only literals of one type are combined (no int/float mixing), ints wrap as
// int32 with C semantics, floats are single precision, strings concatenate and compare.
// An int division or remainder by a constant zero (or of INT_MIN by -1) crashes the official
// compiler; it is not folded here, and `crashingDivision` finds it.
import type { Expr } from "./ast.js";
import { E } from "./errors.js";
import type { ConstValue } from "./langspec.js";

const f32 = Math.fround;

/** The value of an int, float or string literal. */
function literalConstant(e: Expr): ConstValue | undefined {
  if (e.kind === "int" || e.kind === "float") return { type: e.kind, value: e.value };
  if (e.kind === "string") return { type: "string", value: e.value };
  return undefined;
}

export function foldConstant(e: Expr): ConstValue | undefined {
  switch (e.kind) {
    case "unary":
      return foldUnary(e.op, foldConstant(e.operand));
    case "binary": {
      const left = foldConstant(e.left);
      if (!left) return undefined;
      const right = foldConstant(e.right);
      if (!right || right.type !== left.type) return undefined;
      return foldBinary(e.op, left, right);
    }
    default:
      return literalConstant(e);
  }
}

/** The value the compiler folded a node to, if it did (literals, and nodes the checker annotated). */
export function knownConstant(e: Expr): ConstValue | undefined {
  return e.kind === "unary" || e.kind === "binary" ? e.folded : literalConstant(e);
}

/**
 * Whether folding `left op right` makes the compiler itself divide by zero or overflow (it
 * crashes): the message to report, or undefined.
 */
export function crashingDivision(op: string, left: ConstValue | undefined, right: ConstValue | undefined): string | undefined {
  if ((op !== "/" && op !== "%") || left?.type !== "int" || right?.type !== "int") return undefined;
  if (right.value === 0) return E.CONSTANT_DIVISION_BY_ZERO;
  return right.value === -1 && left.value === -2147483648 ? E.CONSTANT_DIVISION_OVERFLOW : undefined;
}

/** The first division inside `e` (through foldable operators) that crashes the folder. */
export function findCrashingDivision(e: Expr): { at: Expr; message: string } | undefined {
  if (e.kind === "unary") return findCrashingDivision(e.operand);
  if (e.kind !== "binary") return undefined;
  const inner = findCrashingDivision(e.left) ?? findCrashingDivision(e.right);
  if (inner) return inner;
  const message = crashingDivision(e.op, foldConstant(e.left), foldConstant(e.right));
  return message ? { at: e, message } : undefined;
}

export function foldUnary(op: "-" | "~" | "!", v: ConstValue | undefined): ConstValue | undefined {
  if (!v) return undefined;
  if (v.type === "int") {
    if (op === "-") return { type: "int", value: -v.value | 0 };
    if (op === "~") return { type: "int", value: ~v.value };
    return { type: "int", value: v.value === 0 ? 1 : 0 };
  }
  if (v.type === "float" && op === "-") return { type: "float", value: f32(-v.value) };
  return undefined;
}

function int(value: number): ConstValue {
  return { type: "int", value: value | 0 };
}

function bool(b: boolean): ConstValue {
  return { type: "int", value: b ? 1 : 0 };
}

export function foldBinary(op: string, l: ConstValue, r: ConstValue): ConstValue | undefined {
  if (l.type === "int" && r.type === "int") {
    const a = l.value;
    const b = r.value;
    switch (op) {
      case "||": return bool(a !== 0 || b !== 0);
      case "&&": return bool(a !== 0 && b !== 0);
      case "|": return int(a | b);
      case "^": return int(a ^ b);
      case "&": return int(a & b);
      case "==": return bool(a === b);
      case "!=": return bool(a !== b);
      case ">=": return bool(a >= b);
      case ">": return bool(a > b);
      case "<": return bool(a < b);
      case "<=": return bool(a <= b);
      case "<<": return int(a << b);
      case ">>": return int(a >> b);
      case "+": return int(a + b);
      case "-": return int(a - b);
      case "*": return int(Math.imul(a, b));
      case "/": return crashingDivision(op, l, r) ? undefined : int(Math.trunc(a / b));
      case "%": return crashingDivision(op, l, r) ? undefined : int(a % b);
      default: return undefined; // >>> is never folded
    }
  }
  if (l.type === "float" && r.type === "float") {
    const a = l.value;
    const b = r.value;
    switch (op) {
      case "+": return { type: "float", value: f32(a + b) };
      case "-": return { type: "float", value: f32(a - b) };
      case "*": return { type: "float", value: f32(a * b) };
      case "/": return { type: "float", value: f32(a / b) };
      case "==": return bool(a === b);
      case "!=": return bool(a !== b);
      case ">=": return bool(a >= b);
      case ">": return bool(a > b);
      case "<": return bool(a < b);
      case "<=": return bool(a <= b);
      default: return undefined;
    }
  }
  if (l.type === "string" && r.type === "string") {
    if (op === "+") return l.value.length + r.value.length >= 0x8000 ? undefined : { type: "string", value: l.value + r.value };
    if (op === "==") return bool(l.value === r.value);
    if (op === "!=") return bool(l.value !== r.value);
  }
  return undefined;
}
