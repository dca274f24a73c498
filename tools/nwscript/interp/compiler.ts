// Checked program → Image: statements, functions (compiled when first called, so code that
// cannot run is never compiled), deferred calls, and the start code that initialises the globals
// in declaration order and calls the entry point.
//
// Frames: a function's arguments sit at the bottom of its frame (pushed last to first, so the
// last parameter is at offset 0), its locals above them. Every local gets a fixed slot for the
// whole call (sibling blocks share slots), so jumps never have to adjust the stack.
import type { CheckedProgram, Expr, FunctionSymbol, Param, Stmt, VarDeclarator } from "../ast.js";
import type { NwValue } from "../../twin/values.js";
import { ExprCodegen, type Frame, InternalCompileError } from "./codegen-expr.js";
import { Emitter, type Patches } from "./emitter.js";
import type { EngineValues } from "./engine-values.js";
import type { FunctionInfo, Image } from "./image.js";
import { Layout } from "./layout.js";
import { Op } from "./opcodes.js";

interface Breakable {
  readonly breaks: Patches;
  /** Undefined for a switch: `continue` goes to the enclosing loop. */
  readonly continues: Patches | undefined;
}

interface SwitchLabels {
  readonly targets: Map<Stmt, Patches>;
}

export function compileProgram(program: CheckedProgram, engineValues: EngineValues): Image {
  return new Compiler(program, engineValues).compile();
}

class Compiler extends ExprCodegen {
  private readonly functions: FunctionInfo[] = [];
  private readonly functionIds = new Map<FunctionSymbol, number>();
  private readonly pendingFunctions: FunctionSymbol[] = [];
  private readonly globalDefaults: NwValue[] = [];
  private returnSlots = 0;
  private readonly breakables: Breakable[] = [];
  private readonly switches: SwitchLabels[] = [];

  constructor(
    private readonly program: CheckedProgram,
    engineValues: EngineValues,
  ) {
    const layout = new Layout(program.structs);
    const globals = new Map<VarDeclarator, number>();
    super(new Emitter(), layout, globals, engineValues);
    let next = 0;
    for (const g of program.globals) {
      globals.set(g, next);
      const slots = this.defaultSlots(g.type);
      this.globalDefaults.push(...slots);
      next += slots.length;
    }
  }

  compile(): Image {
    const program = this.program;
    if (!program.entry || !program.entryPoint) throw new InternalCompileError("the program has no main or StartingConditional");
    const entrySymbol = program.functions.get(program.entryPoint);
    if (!entrySymbol) throw new InternalCompileError(`no function ${program.entryPoint}`);

    // Start code: global initialisers in order, then the entry point.
    const start = this.out.here;
    this.frame = newFrame(new Map(), 0);
    for (const g of program.globals) {
      if (!g.init) continue;
      this.expr(g.init);
      this.out.emit(Op.StoreGlobalPop, this.globals.get(g)!, this.size(g.type));
    }
    this.out.emitAt(program.entry.pos, Op.Call, this.functionId(entrySymbol));
    this.out.emit(Op.Halt);
    this.compileActions();

    while (this.pendingFunctions.length > 0) this.compileFunction(this.pendingFunctions.shift()!);

    return {
      code: this.out.finish(),
      consts: this.out.consts,
      functions: this.functions,
      engineSites: this.engineSites,
      actions: this.actions,
      globalDefaults: this.globalDefaults,
      start,
      resultSlots: this.size(entrySymbol.returnType),
      positions: this.out.positions,
    };
  }

  protected functionId(fn: FunctionSymbol): number {
    let id = this.functionIds.get(fn);
    if (id === undefined) {
      const def = fn.definition;
      if (!def?.body) throw new InternalCompileError(`function ${fn.name} has no body`);
      let paramSlots = 0;
      for (const p of def.params) paramSlots += this.size(p.type);
      id = this.functions.length;
      this.functions.push({ name: fn.name, entry: -1, paramSlots, localSlots: 0 });
      this.functionIds.set(fn, id);
      this.pendingFunctions.push(fn);
    }
    return id;
  }

  private compileFunction(fn: FunctionSymbol): void {
    const def = fn.definition!;
    const info = this.functions[this.functionIds.get(fn)!];
    info.entry = this.out.here;
    // The last parameter was pushed first: it is at offset 0.
    const params = new Map<Param, number>();
    let offset = 0;
    for (let i = def.params.length - 1; i >= 0; i--) {
      params.set(def.params[i], offset);
      offset += this.size(def.params[i].type);
    }
    this.frame = newFrame(params, info.paramSlots);
    this.returnSlots = this.size(def.returnType);
    this.stmt(def.body!);
    // Falling off the end: void functions return; others cannot (the checker requires a return
    // on every path) but return a default value to keep the machine consistent.
    this.pushDefault(def.returnType);
    this.out.emit(Op.Ret, this.returnSlots);
    info.localSlots = this.frame.max - this.frame.paramSlots;
    this.compileActions();
  }

  /** Deferred calls of the function just compiled, each as code of its own ending in Halt. */
  private compileActions(): void {
    while (this.pendingActions.length > 0) {
      const { site, call, frame } = this.pendingActions.shift()!;
      site.entry = this.out.here;
      site.frameSlots = frame.max;
      this.frame = frame;
      this.call(call);
      const resultSlots = call.type ? this.size(call.type) : 0;
      if (resultSlots > 0) this.out.emit(Op.Pop, resultSlots);
      this.out.emit(Op.Halt);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case "block": {
        const saved = this.frame.next;
        for (const x of s.statements) this.stmt(x);
        this.frame.next = saved;
        return;
      }
      case "varDecl":
        for (const d of s.declarators) this.declare(d);
        return;
      case "expr":
        return this.exprStatement(s.expr);
      case "if": {
        const toElse: Patches = [];
        this.condition(s.cond);
        this.out.emitJump(Op.Jz, toElse);
        this.stmt(s.then);
        if (s.else) {
          const toEnd: Patches = [];
          this.out.emitJump(Op.Jmp, toEnd);
          this.out.patch(toElse);
          this.stmt(s.else);
          this.out.patch(toEnd);
        } else {
          this.out.patch(toElse);
        }
        return;
      }
      case "while": {
        const top = this.out.here;
        const loop = this.loop();
        this.condition(s.cond);
        this.out.emitJump(Op.Jz, loop.breaks);
        this.stmt(s.body);
        this.out.patch(loop.continues!, top);
        this.out.emitJumpTo(Op.Jmp, top);
        this.endBreakable(loop);
        return;
      }
      case "doWhile": {
        const top = this.out.here;
        const loop = this.loop();
        this.stmt(s.body);
        this.out.patch(loop.continues!);
        this.condition(s.cond);
        this.out.emitJumpTo(Op.Jnz, top);
        this.endBreakable(loop);
        return;
      }
      case "for": {
        if (s.init) this.exprStatement(s.init);
        const top = this.out.here;
        const loop = this.loop();
        if (s.cond) {
          this.condition(s.cond);
          this.out.emitJump(Op.Jz, loop.breaks);
        }
        this.stmt(s.body);
        this.out.patch(loop.continues!);
        if (s.incr) this.exprStatement(s.incr);
        this.out.emitJumpTo(Op.Jmp, top);
        this.endBreakable(loop);
        return;
      }
      case "switch":
        return this.switchStmt(s);
      case "case":
      case "default": {
        const labels = this.switches[this.switches.length - 1];
        const patches = labels?.targets.get(s);
        if (!patches) throw new InternalCompileError(`a ${s.kind} label outside a switch at ${s.pos.file}:${s.pos.line}`);
        this.out.patch(patches);
        return;
      }
      case "break": {
        const target = this.breakables[this.breakables.length - 1];
        if (!target) throw new InternalCompileError(`break outside a loop or switch at ${s.pos.file}:${s.pos.line}`);
        this.out.emitJump(Op.Jmp, target.breaks);
        return;
      }
      case "continue": {
        const loop = [...this.breakables].reverse().find((b) => b.continues);
        if (!loop) throw new InternalCompileError(`continue outside a loop at ${s.pos.file}:${s.pos.line}`);
        this.out.emitJump(Op.Jmp, loop.continues!);
        return;
      }
      case "return":
        if (s.value) this.expr(s.value);
        this.out.emit(Op.Ret, this.returnSlots);
        return;
      case "empty":
        return;
    }
  }

  private declare(d: VarDeclarator): void {
    const size = this.size(d.type);
    const offset = this.frame.next;
    this.frame.locals.set(d, offset);
    this.frame.next += size;
    if (this.frame.next > this.frame.max) this.frame.max = this.frame.next;
    if (size === 0) return;
    // Like the VM's RSADD: the variable holds its default until the initialiser is stored.
    this.out.emit(Op.ResetLocal, offset, this.defaultConstant(d.type));
    if (d.init) {
      this.expr(d.init);
      this.out.emit(Op.StoreLocalPop, offset, size);
    }
  }

  /** An expression whose value is not used. */
  private exprStatement(e: Expr): void {
    if (e.kind === "assign") return this.assign(e, false);
    if (e.kind === "incdec") return this.incdec(e, false);
    this.expr(e);
    const n = this.size(this.typeOf(e));
    if (n > 0) this.out.emit(Op.Pop, n);
  }

  private loop(): Breakable {
    const b: Breakable = { breaks: [], continues: [] };
    this.breakables.push(b);
    return b;
  }

  private endBreakable(b: Breakable): void {
    this.breakables.pop();
    this.out.patch(b.breaks);
  }

  /**
   * The value is compared with each `case` in source order (jumping to the label when equal);
   * when none matches it goes to `default`, or past the switch.
   */
  private switchStmt(s: Extract<Stmt, { kind: "switch" }>): void {
    const labels: SwitchLabels = { targets: new Map() };
    const cases: Extract<Stmt, { kind: "case" }>[] = [];
    let defaultLabel: Stmt | undefined;
    collectLabels(s.body, (label) => {
      labels.targets.set(label, []);
      if (label.kind === "case") cases.push(label);
      else defaultLabel = label;
    });
    this.condition(s.cond);
    for (const c of cases) {
      if (c.value === undefined) throw new InternalCompileError(`unfolded case label at ${c.pos.file}:${c.pos.line}`);
      this.out.emitJump(Op.Case, labels.targets.get(c)!, c.value);
    }
    this.out.emit(Op.Pop, 1);
    const exit: Breakable = { breaks: [], continues: undefined };
    this.out.emitJump(Op.Jmp, defaultLabel ? labels.targets.get(defaultLabel)! : exit.breaks);
    this.breakables.push(exit);
    this.switches.push(labels);
    this.stmt(s.body);
    this.switches.pop();
    this.endBreakable(exit);
  }
}

function newFrame(params: Map<Param, number>, paramSlots: number): Frame {
  return { params, locals: new Map(), paramSlots, next: paramSlots, max: paramSlots };
}

/** The case and default labels of a switch body, not those of nested switches. */
function collectLabels(s: Stmt, found: (label: Extract<Stmt, { kind: "case" | "default" }>) => void): void {
  switch (s.kind) {
    case "case":
    case "default":
      return found(s);
    case "block":
      for (const x of s.statements) collectLabels(x, found);
      return;
    case "if":
      collectLabels(s.then, found);
      if (s.else) collectLabels(s.else, found);
      return;
    case "while":
    case "doWhile":
    case "for":
      return collectLabels(s.body, found);
    default:
      return;
  }
}
