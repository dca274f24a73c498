// The stack machine that runs an Image. One `execute` is one script run: it has its own value
// stack, call stack and instruction count, so a run started from inside an engine function (a
// nested script) cannot disturb the run that called it.
//
// Semantics chosen where NWScript implementations differ:
// - `%` uses C remainder semantics (the sign follows the dividend) for negative operands, as the
//   game's VM does; the reference VM of the conformance corpus aborts on them instead.
// - Integer `/` and `%` by zero, and float or vector division by 0.0, stop the script with a
//   ScriptError ("Divide by zero"), as the reference VM does. INT_MIN / -1 wraps to INT_MIN.
// - `>>` on a negative int shifts the magnitude (-((-x) >> n)); `>>>` is an arithmetic shift;
//   shift counts use their low 5 bits (as x86 does).
// - Every float result, and every int converted to float, is rounded to float32.
// - The call depth is limited (maxCallDepth): runaway recursion ends with ScriptError
//   ("stack overflow") instead of exhausting memory.
import type { EngineFunction, EngineHost } from "../../twin/engine-contract.js";
import { type NwAction, NwObject, type NwValue, ScriptError, TooManyInstructions } from "../../twin/values.js";
import { type ActionSite, type Image, Shape } from "./image.js";
import { COST, Op } from "./opcodes.js";

/**
 * A stack slot. Slots hold ints, floats, strings, NwObjects and engine values side by side; the
 * compiler has checked every operation's types, so the machine reads them without testing.
 */
type Slot = any;

export interface MachineOptions {
  readonly instructionLimit: number;
  readonly maxCallDepth: number;
  /** Told about every finished or stopped run (see InterpretOptions.onRun). */
  readonly onRun?: (run: RunReport) => void;
}

/** One script run: the entry point's (with the global initialisers) or a queued command's. */
export interface RunReport {
  readonly kind: "entry" | "action";
  readonly instructions: number;
  /** What stopped the run, if it did not finish. */
  readonly error?: unknown;
}

export interface RunStats {
  /** Script runs so far: the entry point's run plus every queued command that has run. */
  runs: number;
  /** Instructions of the most recent run. */
  lastInstructions: number;
  /** The most instructions any single run used. */
  maxInstructions: number;
  /** Instructions of all runs together. */
  totalInstructions: number;
}

export interface RunOutcome {
  /** The slots left on the stack (the entry point's result). */
  readonly stack: Slot[];
  readonly sp: number;
  readonly instructions: number;
}

// Opcodes as module constants: an enum member read through an import can cost a property (or,
// under vitest's module runner, a getter) lookup for every case tested on every dispatch.
const {
  Action, AddFF, AddFI, AddIF, AddII, AddSS, AddVV, AndJump, BitAnd, BitOr, BitXor, Bool, Call,
  Case, CompI, DivFF, DivFI, DivIF, DivII, DivVF, Engine, Eq, Extract, Ge, Gt, Halt, IncGlobal,
  IncLocal, Jmp, Jnz, Jz, Le, LoadGlobal, LoadLocal, Lt, ModII, MulFF, MulFI, MulFV, MulIF,
  MulII, MulVF, Ne, NegF, NegI, NotI, OrJump, Pop, PushConst, PushDefault, PushInt, PushSelf,
  ResetLocal, Ret, Shl, Shr, StoreGlobal, StoreGlobalPop, StoreLocal, StoreLocalPop, SubFF,
  SubFI, SubIF, SubII, SubVV, UShr,
} = Op;
const VECTOR = Shape.Vector;
const SINGLE = Shape.Single;
const fround = Math.fround;
const imul = Math.imul;

export function newRunStats(): RunStats {
  return { runs: 0, lastInstructions: 0, maxInstructions: 0, totalInstructions: 0 };
}

export class Machine {
  /** Engine functions by call site, looked up when first called. */
  private readonly engine: (EngineFunction | undefined)[];

  constructor(
    readonly image: Image,
    readonly host: EngineHost,
    readonly options: MachineOptions,
    readonly stats: RunStats,
  ) {
    this.engine = new Array(image.engineSites.length).fill(undefined);
  }

  /** Runs the global initialisers and the entry point. */
  runStart(): RunOutcome {
    return this.run("entry", this.image.start, this.image.globalDefaults.slice(), []);
  }

  /** Runs a deferred call against its saved globals and frame (copies: a run never changes them). */
  runAction(site: ActionSite, globals: readonly Slot[], frame: readonly Slot[]): RunOutcome {
    return this.run("action", site.entry, globals.slice(), frame.slice());
  }

  private run(kind: RunReport["kind"], pc: number, globals: Slot[], stack: Slot[]): RunOutcome {
    let counted = 0;
    try {
      const outcome = this.execute(pc, globals, stack, (n) => (counted = n));
      counted = outcome.instructions;
      this.record(kind, counted, undefined);
      return outcome;
    } catch (error) {
      this.record(kind, counted, error);
      throw error;
    }
  }

  private record(kind: RunReport["kind"], instructions: number, error: unknown): void {
    const s = this.stats;
    s.runs++;
    s.lastInstructions = instructions;
    s.totalInstructions += instructions;
    if (instructions > s.maxInstructions) s.maxInstructions = instructions;
    this.options.onRun?.(error === undefined ? { kind, instructions } : { kind, instructions, error });
  }

  private fail(message: string, pc: number): never {
    const pos = this.image.positions.get(pc);
    throw new ScriptError(pos ? `${message} (${pos.file}:${pos.line})` : message);
  }

  /**
   * The instruction loop. `stack` starts with the frame of the code at `pc` (empty for the start
   * code, the saved frame for an action); `report` receives the count if the run throws.
   */
  private execute(startPc: number, globals: Slot[], stack: Slot[], report: (count: number) => void): RunOutcome {
    const { code, consts, functions, engineSites, actions } = this.image;
    const host = this.host;
    const limit = this.options.instructionLimit;
    const maxDepth = this.options.maxCallDepth;
    const cost = COST;
    const retPc: number[] = [];
    const retFp: number[] = [];
    let depth = 0;
    let pc = startPc;
    let sp = stack.length;
    let fp = 0;
    let count = 0;
    try {
      for (;;) {
        const op = code[pc];
        count += cost[op];
        if (count > limit) throw new TooManyInstructions(limit);
        // Most frequent instructions first: until the loop is optimised, cases are tested in order.
        switch (op) {
          case LoadLocal: {
            const from = fp + code[pc + 1];
            const n = code[pc + 2];
            for (let i = 0; i < n; i++) stack[sp++] = stack[from + i];
            pc += 3;
            break;
          }
          case PushInt:
            stack[sp++] = code[pc + 1];
            pc += 2;
            break;
          case StoreLocal:
          case StoreLocalPop: {
            const to = fp + code[pc + 1];
            const n = code[pc + 2];
            const from = sp - n;
            for (let i = 0; i < n; i++) stack[to + i] = stack[from + i];
            if (op === StoreLocalPop) sp = from;
            pc += 3;
            break;
          }
          case Jz:
            pc = stack[--sp] === 0 ? code[pc + 1] : pc + 2;
            break;
          case Jmp:
            pc = code[pc + 1];
            break;
          case IncLocal: {
            const at = fp + code[pc + 1];
            stack[at] = (stack[at] + code[pc + 2]) | 0;
            pc += 3;
            break;
          }
          case AddII:
            sp--;
            stack[sp - 1] = (stack[sp - 1] + stack[sp]) | 0;
            pc++;
            break;
          case Lt:
            sp--;
            stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0;
            pc++;
            break;
          case Le:
            sp--;
            stack[sp - 1] = stack[sp - 1] <= stack[sp] ? 1 : 0;
            pc++;
            break;
          case Gt:
            sp--;
            stack[sp - 1] = stack[sp - 1] > stack[sp] ? 1 : 0;
            pc++;
            break;
          case Ge:
            sp--;
            stack[sp - 1] = stack[sp - 1] >= stack[sp] ? 1 : 0;
            pc++;
            break;
          case Call: {
            const fn = functions[code[pc + 1]];
            if (depth >= maxDepth) this.fail(`Stack overflow: more than ${maxDepth} nested calls`, pc);
            retPc[depth] = pc + 2;
            retFp[depth] = fp;
            depth++;
            fp = sp - fn.paramSlots;
            for (let end = sp + fn.localSlots; sp < end; ) stack[sp++] = 0;
            pc = fn.entry;
            break;
          }
          case Ret: {
            const n = code[pc + 1];
            const from = sp - n;
            for (let i = 0; i < n; i++) stack[fp + i] = stack[from + i];
            sp = fp + n;
            depth--;
            pc = retPc[depth];
            fp = retFp[depth];
            break;
          }
          case Engine: {
            const s = code[pc + 1];
            const site = engineSites[s];
            const fn = this.engine[s] ?? (this.engine[s] = host.engineFunction(site.name));
            const shapes = site.args;
            const args: NwValue[] = new Array(shapes.length);
            let p = sp;
            for (let i = 0; i < shapes.length; i++) {
              const shape = shapes[i];
              p -= shape;
              args[i] = shape === VECTOR ? { x: stack[p], y: stack[p + 1], z: stack[p + 2] } : stack[p];
            }
            sp = p;
            const result = fn(args) as Slot;
            if (site.result === SINGLE) {
              stack[sp++] = result;
            } else if (site.result === VECTOR) {
              stack[sp++] = result.x;
              stack[sp++] = result.y;
              stack[sp++] = result.z;
            }
            pc += 2;
            break;
          }
          case PushConst:
            stack[sp++] = consts[code[pc + 1]];
            pc += 2;
            break;
          case Pop:
            sp -= code[pc + 1];
            pc += 2;
            break;
          case ResetLocal: {
            const to = fp + code[pc + 1];
            const slots = consts[code[pc + 2]] as Slot[];
            for (let i = 0; i < slots.length; i++) stack[to + i] = slots[i];
            pc += 3;
            break;
          }
          case SubII:
            sp--;
            stack[sp - 1] = (stack[sp - 1] - stack[sp]) | 0;
            pc++;
            break;
          case MulII:
            sp--;
            stack[sp - 1] = imul(stack[sp - 1], stack[sp]);
            pc++;
            break;
          case Eq:
          case Ne: {
            const n = code[pc + 1];
            sp -= 2 * n;
            let equal = 1;
            for (let i = 0; i < n; i++) {
              if (!sameSlot(stack[sp + i], stack[sp + n + i])) {
                equal = 0;
                break;
              }
            }
            stack[sp++] = op === Eq ? equal : 1 - equal;
            pc += 2;
            break;
          }
          case AndJump:
            if (stack[sp - 1] === 0) pc = code[pc + 1];
            else {
              sp--;
              pc += 2;
            }
            break;
          case OrJump:
            if (stack[sp - 1] !== 0) {
              stack[sp - 1] = 1;
              pc = code[pc + 1];
            } else {
              sp--;
              pc += 2;
            }
            break;
          case Jnz:
            pc = stack[--sp] !== 0 ? code[pc + 1] : pc + 2;
            break;
          case Case:
            if (stack[sp - 1] === code[pc + 1]) {
              sp--;
              pc = code[pc + 2];
            } else {
              pc += 3;
            }
            break;
          case LoadGlobal: {
            const from = code[pc + 1];
            const n = code[pc + 2];
            for (let i = 0; i < n; i++) stack[sp++] = globals[from + i];
            pc += 3;
            break;
          }
          case StoreGlobal:
          case StoreGlobalPop: {
            const to = code[pc + 1];
            const n = code[pc + 2];
            const from = sp - n;
            for (let i = 0; i < n; i++) globals[to + i] = stack[from + i];
            if (op === StoreGlobalPop) sp = from;
            pc += 3;
            break;
          }
          case IncGlobal: {
            const at = code[pc + 1];
            globals[at] = (globals[at] + code[pc + 2]) | 0;
            pc += 3;
            break;
          }

          case AddSS:
            sp--;
            stack[sp - 1] = (stack[sp - 1] as string) + (stack[sp] as string);
            pc++;
            break;
          case PushSelf:
            stack[sp++] = host.self;
            pc += 1;
            break;
          case PushDefault: {
            const slots = consts[code[pc + 1]] as Slot[];
            for (let i = 0; i < slots.length; i++) stack[sp++] = slots[i];
            pc += 2;
            break;
          }
          case Extract: {
            const base = sp - code[pc + 3];
            const from = base + code[pc + 1];
            const n = code[pc + 2];
            for (let i = 0; i < n; i++) stack[base + i] = stack[from + i];
            sp = base + n;
            pc += 4;
            break;
          }
          case AddIF:
            sp--;
            stack[sp - 1] = fround(fround(stack[sp - 1]) + stack[sp]);
            pc++;
            break;
          case AddFI:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] + fround(stack[sp]));
            pc++;
            break;
          case AddFF:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] + stack[sp]);
            pc++;
            break;
          case AddVV:
            sp -= 3;
            for (let i = -3; i < 0; i++) stack[sp + i] = fround(stack[sp + i] + stack[sp + 3 + i]);
            pc++;
            break;
          case SubIF:
            sp--;
            stack[sp - 1] = fround(fround(stack[sp - 1]) - stack[sp]);
            pc++;
            break;
          case SubFI:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] - fround(stack[sp]));
            pc++;
            break;
          case SubFF:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] - stack[sp]);
            pc++;
            break;
          case SubVV:
            sp -= 3;
            for (let i = -3; i < 0; i++) stack[sp + i] = fround(stack[sp + i] - stack[sp + 3 + i]);
            pc++;
            break;
          case MulIF:
            sp--;
            stack[sp - 1] = fround(fround(stack[sp - 1]) * stack[sp]);
            pc++;
            break;
          case MulFI:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] * fround(stack[sp]));
            pc++;
            break;
          case MulFF:
            sp--;
            stack[sp - 1] = fround(stack[sp - 1] * stack[sp]);
            pc++;
            break;
          case MulVF: {
            const f = stack[--sp];
            for (let i = -3; i < 0; i++) stack[sp + i] = fround(stack[sp + i] * f);
            pc++;
            break;
          }
          case MulFV: {
            const f = stack[sp - 4];
            for (let i = -4; i < -1; i++) stack[sp + i] = fround(f * stack[sp + i + 1]);
            sp--;
            pc++;
            break;
          }
          case DivII: {
            const b = stack[--sp];
            if (b === 0) this.fail("Divide by zero", pc);
            stack[sp - 1] = (stack[sp - 1] / b) | 0;
            pc++;
            break;
          }
          case DivIF: {
            const b = stack[--sp];
            if (b === 0) this.fail("Divide by zero", pc);
            stack[sp - 1] = fround(fround(stack[sp - 1]) / b);
            pc++;
            break;
          }
          case DivFI: {
            const b = fround(stack[--sp]);
            if (b === 0) this.fail("Divide by zero", pc);
            stack[sp - 1] = fround(stack[sp - 1] / b);
            pc++;
            break;
          }
          case DivFF: {
            const b = stack[--sp];
            if (b === 0) this.fail("Divide by zero", pc);
            stack[sp - 1] = fround(stack[sp - 1] / b);
            pc++;
            break;
          }
          case DivVF: {
            const f = stack[--sp];
            if (f === 0) this.fail("Divide by zero", pc);
            for (let i = -3; i < 0; i++) stack[sp + i] = fround(stack[sp + i] / f);
            pc++;
            break;
          }
          case ModII: {
            const b = stack[--sp];
            if (b === 0) this.fail("Divide by zero", pc);
            stack[sp - 1] = (stack[sp - 1] % b) | 0;
            pc++;
            break;
          }
          case NegI:
            stack[sp - 1] = -stack[sp - 1] | 0;
            pc++;
            break;
          case NegF:
            stack[sp - 1] = -stack[sp - 1];
            pc++;
            break;
          case CompI:
            stack[sp - 1] = ~stack[sp - 1];
            pc++;
            break;
          case NotI:
            stack[sp - 1] = stack[sp - 1] === 0 ? 1 : 0;
            pc++;
            break;
          case Shl:
            sp--;
            stack[sp - 1] = stack[sp - 1] << stack[sp];
            pc++;
            break;
          case Shr: {
            const n = stack[--sp];
            const a = stack[sp - 1];
            stack[sp - 1] = a >= 0 ? a >> n : -((-a | 0) >> n) | 0;
            pc++;
            break;
          }
          case UShr:
            sp--;
            stack[sp - 1] = stack[sp - 1] >> stack[sp];
            pc++;
            break;
          case BitAnd:
            sp--;
            stack[sp - 1] = stack[sp - 1] & stack[sp];
            pc++;
            break;
          case BitOr:
            sp--;
            stack[sp - 1] = stack[sp - 1] | stack[sp];
            pc++;
            break;
          case BitXor:
            sp--;
            stack[sp - 1] = stack[sp - 1] ^ stack[sp];
            pc++;
            break;
          case Bool:
            stack[sp - 1] = stack[sp - 1] !== 0 ? 1 : 0;
            pc++;
            break;
          case Action: {
            const site = actions[code[pc + 1]];
            stack[sp] = new SavedCall(this, site, globals.slice(), stack.slice(fp, fp + site.frameSlots));
            sp++;
            pc += 2;
            break;
          }
          case Halt:
            stack.length = sp;
            return { stack, sp, instructions: count };
          default:
            throw new Error(`interp: bad opcode ${op} at ${pc}`);
        }
      }
    } catch (error) {
      report(count);
      throw error;
    }
  }
}

/** `==` on one slot: objects compare by id, engine values by their own `equals` if they have one. */
function sameSlot(a: Slot, b: Slot): boolean {
  if (a === b) return true;
  if (a instanceof NwObject && b instanceof NwObject) return a.id === b.id;
  if (typeof a === "object" && a !== null && typeof a.equals === "function") return a.equals(b) === true;
  return false;
}

/**
 * A deferred call with the state it was made in: a copy of the globals and of the frame. Running
 * it evaluates the call's arguments against that copy (engine calls among them run then) and
 * calls with OBJECT_SELF = whatever the scheduler made current; its writes to globals are lost.
 */
class SavedCall implements NwAction {
  constructor(
    private readonly machine: Machine,
    private readonly site: ActionSite,
    private readonly globals: readonly Slot[],
    private readonly frame: readonly Slot[],
  ) {}

  run(): void {
    this.machine.runAction(this.site, this.globals, this.frame);
  }
}
