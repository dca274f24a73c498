// Constant folding as the official compiler does it before reading a case label or a const
// global's value: only literals of one type are combined (no int/float mixing), ints wrap as
// int32 with C semantics, floats are single precision, strings concatenate and compare.
// Division or remainder by a literal zero crashes the official compiler; here it is not folded.
import type { Expr } from "./ast.js";
import type { ConstValue } from "./langspec.js";

const f32 = Math.fround;

export function foldConstant(e: Expr): ConstValue | undefined {
  switch (e.kind) {
    case "int":
      return { type: "int", value: e.value };
    case "float":
      return { type: "float", value: e.value };
    case "string":
      return { type: "string", value: e.value };
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
      return undefined;
  }
}

function foldUnary(op: "-" | "~" | "!", v: ConstValue | undefined): ConstValue | undefined {
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

function foldBinary(op: string, l: ConstValue, r: ConstValue): ConstValue | undefined {
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
      case "/": return b === 0 ? undefined : int(Math.trunc(a / b));
      case "%": return b === 0 ? undefined : int(a % b);
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
