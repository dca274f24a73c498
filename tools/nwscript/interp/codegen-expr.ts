// Expressions → instructions. Every expression leaves its value's slots on the stack. Call
// arguments are evaluated last to first (as the game's compiler orders them), binary operands
// left to right; operations the official compiler folded push the folded value (which can differ
// from evaluating them: `-7 >> 1` folds to -4 but the VM computes -3).
import type {
  Assign,
  Binary,
  BinaryOp,
  Call,
  Expr,
  FieldAccess,
  FoldedValue,
  FunctionSymbol,
  IncDec,
  Param,
  VarDeclarator,
} from "../ast.js";
import type { NssType } from "../types.js";
import { NwObject, OBJECT_INVALID, OBJECT_INVALID_ID, type NwValue } from "../../twin/values.js";
import type { Emitter } from "./emitter.js";
import type { EngineValues } from "./engine-values.js";
import { type ActionSite, type EngineSite, Shape } from "./image.js";
import type { Layout } from "./layout.js";
import { Op } from "./opcodes.js";

/** Where the variables of the function being compiled live, relative to its frame base. */
export interface Frame {
  readonly params: Map<Param, number>;
  readonly locals: Map<VarDeclarator, number>;
  readonly paramSlots: number;
  /** Next free local slot and the most ever in use (slots are reused by sibling blocks). */
  next: number;
  max: number;
}

/** A variable (or a field of one) that can be read and written in place. */
interface Place {
  readonly global: boolean;
  readonly offset: number;
  readonly size: number;
  readonly type: NssType;
}

/** A deferred call waiting to be compiled into its own code (after its function). */
export interface PendingAction {
  readonly site: ActionSite;
  readonly call: Call;
  readonly frame: Frame;
}

export class InternalCompileError extends Error {}

export abstract class ExprCodegen {
  protected frame!: Frame;
  protected readonly pendingActions: PendingAction[] = [];
  readonly engineSites: EngineSite[] = [];
  readonly actions: ActionSite[] = [];

  constructor(
    protected readonly out: Emitter,
    protected readonly layout: Layout,
    protected readonly globals: ReadonlyMap<VarDeclarator, number>,
    protected readonly engineValues: EngineValues,
  ) {}

  /** The number of a user function, compiling it later if it is new. */
  protected abstract functionId(fn: FunctionSymbol): number;

  protected typeOf(e: Expr): NssType {
    if (!e.type) throw new InternalCompileError(`untyped expression at ${e.pos.file}:${e.pos.line}`);
    return e.type;
  }

  protected size(t: NssType): number {
    return this.layout.sizeOf(t);
  }

  // -------------------------------------------------------------------------------------------
  // Constants and defaults

  protected pushValue(v: NwValue): void {
    if (typeof v === "number" && Number.isInteger(v) && !Object.is(v, -0) && (v | 0) === v) this.out.emit(Op.PushInt, v);
    else this.out.emit(Op.PushConst, this.out.constant(v));
  }

  private pushFolded(f: FoldedValue): void {
    this.pushValue(f.value);
  }

  /** The slots an uninitialised variable of this type holds. */
  protected defaultSlots(t: NssType): NwValue[] {
    return this.layout.slotTypes(t).map((s) => this.defaultSlot(s));
  }

  private readonly defaultConstants = new Map<string, number>();

  /** The constant holding the default slots of a type (one per type). */
  protected defaultConstant(t: NssType): number {
    const key = typeKey(t);
    let k = this.defaultConstants.get(key);
    if (k === undefined) {
      k = this.out.uniqueConstant(this.defaultSlots(t));
      this.defaultConstants.set(key, k);
    }
    return k;
  }

  private defaultSlot(t: NssType): NwValue {
    switch (t.kind) {
      case "int":
      case "float":
        return 0;
      case "string":
        return "";
      case "object":
        return OBJECT_INVALID;
      case "engine":
        return this.engineValues.empty(t.name);
      default:
        throw new InternalCompileError(`no default value for ${t.kind}`);
    }
  }

  protected pushDefault(t: NssType): void {
    const slots = this.defaultSlots(t);
    if (slots.length === 0) return;
    if (slots.length === 1) this.pushValue(slots[0]);
    else this.out.emit(Op.PushDefault, this.defaultConstant(t));
  }

  // -------------------------------------------------------------------------------------------
  // Variables

  /** The variable, or field of a variable, that `e` names; undefined for other expressions. */
  protected place(e: Expr): Place | undefined {
    if (e.kind === "var") {
      const b = e.binding;
      if (!b) throw new InternalCompileError(`unbound variable ${e.name}`);
      const type = this.typeOf(e);
      const size = this.size(type);
      if (b.scope === "global") return { global: true, offset: this.slot(this.globals, b.decl, e.name), size, type };
      if (b.scope === "local") return { global: false, offset: this.slot(this.frame.locals, b.decl, e.name), size, type };
      return { global: false, offset: this.slot(this.frame.params, b.decl, e.name), size, type };
    }
    if (e.kind === "field") {
      const base = this.place(e.base);
      if (!base) return undefined;
      const f = this.layout.field(base.type, this.fieldIndex(e));
      return { global: base.global, offset: base.offset + f.offset, size: f.size, type: f.type };
    }
    return undefined;
  }

  private slot<K>(map: ReadonlyMap<K, number>, key: K, name: string): number {
    const at = map.get(key);
    if (at === undefined) throw new InternalCompileError(`no slot for variable ${name}`);
    return at;
  }

  private fieldIndex(e: FieldAccess): number {
    if (e.fieldIndex === undefined) throw new InternalCompileError(`unresolved field ${e.field}`);
    return e.fieldIndex;
  }

  protected load(p: Place): void {
    this.out.emit(p.global ? Op.LoadGlobal : Op.LoadLocal, p.offset, p.size);
  }

  protected store(p: Place, keep: boolean): void {
    if (keep) this.out.emit(p.global ? Op.StoreGlobal : Op.StoreLocal, p.offset, p.size);
    else this.out.emit(p.global ? Op.StoreGlobalPop : Op.StoreLocalPop, p.offset, p.size);
  }

  private mustPlace(e: Expr): Place {
    const p = this.place(e);
    if (!p) throw new InternalCompileError(`not assignable at ${e.pos.file}:${e.pos.line}`);
    return p;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  protected expr(e: Expr): void {
    switch (e.kind) {
      case "int":
      case "float":
      case "string":
        return this.pushValue(e.value);
      case "object":
        if (e.which === "self") this.out.emit(Op.PushSelf);
        else if (e.which === "invalid") this.pushValue(OBJECT_INVALID);
        else this.pushValue(e.id === undefined || e.id === OBJECT_INVALID_ID ? OBJECT_INVALID : new NwObject(e.id));
        return;
      case "locationInvalid":
        return this.pushValue(this.engineValues.locationInvalid());
      case "json":
        return this.pushValue(this.engineValues.json(e.text));
      case "vector":
        this.pushValue(e.x);
        this.pushValue(e.y);
        this.pushValue(e.z);
        return;
      case "var":
        return this.load(this.mustPlace(e));
      case "field":
        return this.field(e);
      case "call":
        if (e.deferred) throw new InternalCompileError(`an action outside an action argument at ${e.pos.file}:${e.pos.line}`);
        return this.call(e);
      case "unary":
        if (e.folded) return this.pushFolded(e.folded);
        this.expr(e.operand);
        if (e.op === "-") this.out.emit(this.typeOf(e.operand).kind === "float" ? Op.NegF : Op.NegI);
        else this.out.emit(e.op === "~" ? Op.CompI : Op.NotI);
        return;
      case "incdec":
        return this.incdec(e, true);
      case "binary":
        return this.binary(e);
      case "assign":
        return this.assign(e, true);
      case "conditional": {
        const toElse: number[] = [];
        const toEnd: number[] = [];
        this.condition(e.cond);
        this.out.emitJump(Op.Jz, toElse);
        this.expr(e.whenTrue);
        this.out.emitJump(Op.Jmp, toEnd);
        this.out.patch(toElse);
        this.expr(e.whenFalse);
        this.out.patch(toEnd);
        return;
      }
    }
  }

  /** A condition leaves one int: the last slot of its value (what the VM's jump tests). */
  protected condition(e: Expr): void {
    this.expr(e);
    const n = this.size(this.typeOf(e));
    if (n > 1) this.out.emit(Op.Extract, n - 1, 1, n);
  }

  private field(e: FieldAccess): void {
    const p = this.place(e);
    if (p) return this.load(p);
    const baseType = this.typeOf(e.base);
    const f = this.layout.field(baseType, this.fieldIndex(e));
    this.expr(e.base);
    this.out.emit(Op.Extract, f.offset, f.size, this.size(baseType));
  }

  protected incdec(e: IncDec, keep: boolean): void {
    const p = this.mustPlace(e.operand);
    const delta = e.op === "++" ? 1 : -1;
    const inc = p.global ? Op.IncGlobal : Op.IncLocal;
    if (keep && !e.prefix) this.load(p);
    this.out.emit(inc, p.offset, delta);
    if (keep && e.prefix) this.load(p);
  }

  protected assign(e: Assign, keep: boolean): void {
    const p = this.mustPlace(e.target);
    if (e.op === "=") {
      this.expr(e.value);
    } else {
      this.load(p);
      this.expr(e.value);
      this.operator(e.op.slice(0, -1) as BinaryOp, p.type, this.typeOf(e.value), e);
    }
    this.store(p, keep);
  }

  private binary(e: Binary): void {
    if (e.folded) return this.pushFolded(e.folded);
    if (e.op === "&&" || e.op === "||") {
      const toEnd: number[] = [];
      this.expr(e.left);
      this.out.emitJump(e.op === "&&" ? Op.AndJump : Op.OrJump, toEnd);
      this.expr(e.right);
      this.out.emit(Op.Bool);
      this.out.patch(toEnd);
      return;
    }
    this.expr(e.left);
    this.expr(e.right);
    this.operator(e.op, this.typeOf(e.left), this.typeOf(e.right), e);
  }

  /** The instruction for `l op r` on the two values on the stack. */
  private operator(op: BinaryOp, l: NssType, r: NssType, at: Expr): void {
    const key = `${op}${code(l)}${code(r)}`;
    const simple = OPERATORS.get(key);
    if (simple !== undefined) {
      if (simple === Op.DivII || simple === Op.ModII || simple === Op.DivFF || simple === Op.DivIF || simple === Op.DivFI || simple === Op.DivVF) {
        this.out.emitAt(at.pos, simple);
      } else {
        this.out.emit(simple);
      }
      return;
    }
    if (op === "==" || op === "!=") {
      this.out.emit(op === "==" ? Op.Eq : Op.Ne, this.size(l));
      return;
    }
    throw new InternalCompileError(`no operator ${op} for ${l.kind} and ${r.kind} at ${at.pos.file}:${at.pos.line}`);
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  /** Arguments last to first, omitted ones from the declared defaults; actions become Action. */
  private args(params: readonly { readonly type: NssType; readonly default?: Expr }[], args: readonly Expr[], call: Call): void {
    for (let i = params.length - 1; i >= 0; i--) {
      const arg = i < args.length ? args[i] : params[i].default;
      if (!arg) throw new InternalCompileError(`missing argument ${i + 1} of ${call.name} at ${call.pos.file}:${call.pos.line}`);
      if (params[i].type.kind === "action") this.action(arg);
      else this.expr(arg);
    }
  }

  protected call(e: Call): void {
    const target = e.target;
    if (target.kind === "user") {
      this.args(target.fn.params, e.args, e);
      this.out.emitAt(e.pos, Op.Call, this.functionId(target.fn));
      return;
    }
    const fn = target.fn;
    this.args(fn.params, e.args, e);
    // An action travels as one slot (the saved call).
    const shapes = fn.params.map((p) => (p.type.kind === "action" ? Shape.Single : shape(this.size(p.type))));
    const site: EngineSite = {
      name: fn.name,
      args: shapes,
      argSlots: shapes.reduce((n: number, s) => n + s, 0),
      result: shape(this.size(fn.returnType)),
      pos: e.pos,
    };
    this.engineSites.push(site);
    this.out.emitAt(e.pos, Op.Engine, this.engineSites.length - 1);
  }

  /** An `action` argument: saves the frame now, runs the call later (see PendingAction). */
  private action(arg: Expr): void {
    if (arg.kind !== "call" || !arg.deferred) throw new InternalCompileError(`an action argument must be a call at ${arg.pos.file}:${arg.pos.line}`);
    const site: ActionSite = { entry: -1, frameSlots: -1, pos: arg.pos };
    this.actions.push(site);
    this.pendingActions.push({ site, call: arg, frame: this.frame });
    this.out.emitAt(arg.pos, Op.Action, this.actions.length - 1);
  }
}

function typeKey(t: NssType): string {
  return t.kind === "struct" || t.kind === "engine" ? `${t.kind} ${t.name}` : t.kind;
}

function shape(size: number): Shape {
  if (size === 0) return Shape.None;
  if (size === 3) return Shape.Vector;
  if (size === 1) return Shape.Single;
  throw new InternalCompileError(`an engine function cannot take or return ${size} slots`);
}

/** One letter per operand type, to look operators up. */
function code(t: NssType): string {
  switch (t.kind) {
    case "int":
      return "i";
    case "float":
      return "f";
    case "string":
      return "s";
    case "vector":
      return "v";
    default:
      return "?";
  }
}

const OPERATORS: ReadonlyMap<string, Op> = new Map([
  ["+ii", Op.AddII], ["+if", Op.AddIF], ["+fi", Op.AddFI], ["+ff", Op.AddFF], ["+ss", Op.AddSS], ["+vv", Op.AddVV],
  ["-ii", Op.SubII], ["-if", Op.SubIF], ["-fi", Op.SubFI], ["-ff", Op.SubFF], ["-vv", Op.SubVV],
  ["*ii", Op.MulII], ["*if", Op.MulIF], ["*fi", Op.MulFI], ["*ff", Op.MulFF], ["*vf", Op.MulVF], ["*fv", Op.MulFV],
  ["/ii", Op.DivII], ["/if", Op.DivIF], ["/fi", Op.DivFI], ["/ff", Op.DivFF], ["/vf", Op.DivVF],
  ["%ii", Op.ModII],
  ["<<ii", Op.Shl], [">>ii", Op.Shr], [">>>ii", Op.UShr],
  ["&ii", Op.BitAnd], ["|ii", Op.BitOr], ["^ii", Op.BitXor],
  ["<ii", Op.Lt], ["<=ii", Op.Le], [">ii", Op.Gt], [">=ii", Op.Ge],
  ["<ff", Op.Lt], ["<=ff", Op.Le], [">ff", Op.Gt], [">=ff", Op.Ge],
]);
