// The interpreter's instruction set. It mirrors the NCS virtual machine's granularity (one
// instruction per constant push, variable copy, store, stack adjustment, operator, jump, call and
// return), so counting executed instructions estimates what the game counts against its
// instruction limit. A few instructions do the work of two NCS instructions (a store followed by
// the pop of the stored value, a jump that also tests and pops); those count 2 — see COST.
//
// Code is a flat Int32Array: an opcode followed by its operands (the counts are in OPERANDS).
// "n" operands are slot counts, "off" are slot offsets (locals from the frame base, globals from
// the start of the globals block), "k" index the constant pool, "t" are code addresses.

export enum Op {
  /** v: push the int v. */
  PushInt,
  /** k: push constant k. */
  PushConst,
  /** push OBJECT_SELF. */
  PushSelf,
  /** off n: push a copy of n local slots. */
  LoadLocal,
  /** off n: push a copy of n global slots. */
  LoadGlobal,
  /** off n: copy the top n slots into locals (they stay on the stack). */
  StoreLocal,
  /** off n: copy the top n slots into globals (they stay on the stack). */
  StoreGlobal,
  /** off n: move the top n slots into locals (store, then pop). */
  StoreLocalPop,
  /** off n: move the top n slots into globals. */
  StoreGlobalPop,
  /** off k: set locals from the default slots of constant k (an array of slot values). */
  ResetLocal,
  /** n: drop n slots. */
  Pop,
  /** k: push the default slots of constant k. */
  PushDefault,
  /** off n total: of the top `total` slots keep the n starting at `off` (a field of an r-value). */
  Extract,
  /** off delta: add delta to an int local. */
  IncLocal,
  /** off delta: add delta to an int global. */
  IncGlobal,

  AddII, AddIF, AddFI, AddFF, AddSS, AddVV,
  SubII, SubIF, SubFI, SubFF, SubVV,
  MulII, MulIF, MulFI, MulFF, MulVF, MulFV,
  DivII, DivIF, DivFI, DivFF, DivVF,
  ModII,
  NegI, NegF, CompI, NotI,
  Shl, Shr, UShr, BitAnd, BitOr, BitXor,
  /** Comparisons of two one-slot values. */
  Lt, Le, Gt, Ge,
  /** n: equality of two n-slot values. */
  Eq,
  /** n: inequality of two n-slot values. */
  Ne,
  /** int on top → 0 or 1. */
  Bool,

  /** t: jump. */
  Jmp,
  /** t: pop an int; jump when it is zero. */
  Jz,
  /** t: pop an int; jump when it is not zero. */
  Jnz,
  /** t: `&&`: when the int on top is zero jump and keep it, else pop it. */
  AndJump,
  /** t: `||`: when the int on top is non-zero replace it by 1 and jump, else pop it. */
  OrJump,
  /** v t: when the int on top equals v, pop it and jump (one `case` test). */
  Case,

  /** f: call user function f; its arguments are on the stack (first argument on top). */
  Call,
  /** n: return from a user function with the n slots on top as its value. */
  Ret,
  /** s: call the engine function of call site s (arguments on the stack, first on top). */
  Engine,
  /** a: push an action for deferred call a, saving the frame and the globals. */
  Action,
  /** end of a script run. */
  Halt,
}

/** Operand count of each opcode. */
export const OPERANDS: readonly number[] = (() => {
  const n: number[] = [];
  const set = (op: Op, count: number) => (n[op] = count);
  for (let op = 0; op <= Op.Halt; op++) n[op] = 0;
  set(Op.PushInt, 1);
  set(Op.PushConst, 1);
  set(Op.LoadLocal, 2);
  set(Op.LoadGlobal, 2);
  set(Op.StoreLocal, 2);
  set(Op.StoreGlobal, 2);
  set(Op.StoreLocalPop, 2);
  set(Op.StoreGlobalPop, 2);
  set(Op.ResetLocal, 2);
  set(Op.Pop, 1);
  set(Op.PushDefault, 1);
  set(Op.Extract, 3);
  set(Op.IncLocal, 2);
  set(Op.IncGlobal, 2);
  set(Op.Eq, 1);
  set(Op.Ne, 1);
  set(Op.Jmp, 1);
  set(Op.Jz, 1);
  set(Op.Jnz, 1);
  set(Op.AndJump, 1);
  set(Op.OrJump, 1);
  set(Op.Case, 2);
  set(Op.Call, 1);
  set(Op.Ret, 1);
  set(Op.Engine, 1);
  set(Op.Action, 1);
  return n;
})();

/**
 * NCS instructions one instruction stands for. Stores that pop are CPDOWN + MOVSP; `&&`/`||`
 * tests are CPTOPSP + JZ/JNZ; a `case` test is CPTOPSP + CONST + EQUAL + JNZ; a call is JSR plus
 * the RSADD that reserves its return value; a return is CPDOWNSP (the value) + MOVSP (locals and
 * arguments) + RETN; an engine call is one ACTION; `Action` is STORE_STATE + JMP. Not counted:
 * the MOVSP that drops a block's locals at its end, and the start-up code around #globals.
 */
export const COST: Int32Array = (() => {
  const c = new Int32Array(Op.Halt + 1).fill(1);
  c[Op.StoreLocalPop] = 2;
  c[Op.StoreGlobalPop] = 2;
  c[Op.AndJump] = 2;
  c[Op.OrJump] = 2;
  c[Op.Case] = 4;
  c[Op.Call] = 2;
  c[Op.Ret] = 3;
  c[Op.Action] = 2;
  return c;
})();
