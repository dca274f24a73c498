// The code buffer the compiler writes into: instructions with operands, forward jumps patched
// once their target is known, a constant pool (each distinct value once), and the source
// positions of instructions that can fail.
import type { Pos } from "../ast.js";
import { Op, OPERANDS } from "./opcodes.js";

const NEGATIVE_ZERO = Symbol("-0");

/** Code addresses waiting for the address of a label. */
export type Patches = number[];

export class Emitter {
  private code: number[] = [];
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly positions = new Map<number, Pos>();

  get here(): number {
    return this.code.length;
  }

  emit(op: Op, ...operands: number[]): number {
    if (operands.length !== OPERANDS[op]) throw new Error(`interp: opcode ${op} takes ${OPERANDS[op]} operands`);
    const at = this.code.length;
    this.code.push(op, ...operands);
    return at;
  }

  /** An instruction that can fail at run time: its error names `pos`. */
  emitAt(pos: Pos, op: Op, ...operands: number[]): number {
    const at = this.emit(op, ...operands);
    this.positions.set(at, pos);
    return at;
  }

  /** A jump-like instruction whose last operand is a target not known yet. */
  emitJump(op: Op, patches: Patches, ...leading: number[]): void {
    const at = this.emit(op, ...leading, -1);
    patches.push(at + OPERANDS[op]);
  }

  /** A jump to an address already emitted. */
  emitJumpTo(op: Op, target: number): void {
    this.emit(op, target);
  }

  /** Points the waiting jumps at `target` (default: here). */
  patch(patches: Patches, target = this.here): void {
    for (const at of patches) this.code[at] = target;
    patches.length = 0;
  }

  /** Replaces one operand (used for sizes only known later). */
  setOperand(at: number, value: number): void {
    this.code[at] = value;
  }

  constant(value: unknown): number {
    // -0 and 0 are different floats; keep them apart.
    const key = Object.is(value, -0) ? NEGATIVE_ZERO : value;
    let k = this.constIndex.get(key);
    if (k === undefined) {
      k = this.consts.length;
      this.consts.push(value);
      this.constIndex.set(key, k);
    }
    return k;
  }

  /** A constant that is never shared (arrays of default slots, engine values). */
  uniqueConstant(value: unknown): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }

  finish(): Int32Array {
    const out = Int32Array.from(this.code);
    this.code = [];
    return out;
  }
}
