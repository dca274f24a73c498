// What subset modules call at run time under Node so that they mean what the NWScript means:
// 32-bit int arithmetic, 32-bit floats, value copies of structs, 0/1 booleans, NWScript's `>>`,
// per-script-run globals and actions that run against a saved copy of locals and globals.
// The twin transform (transform.ts) rewrites modules to call these.
import { DEFAULT_INSTRUCTION_LIMIT, ScriptError, TooManyInstructions, type NwAction } from "../values.js";

export const fround = Math.fround;
export const imul = Math.imul;

export function idiv(a: number, b: number): number {
  if (b === 0) throw new ScriptError("Divide by zero");
  return (a / b) | 0;
}

export function imod(a: number, b: number): number {
  if (b === 0) throw new ScriptError("Divide by zero");
  return a % b | 0;
}

/** Float division (operands already float32): a zero divisor stops the script, as in the VM. */
export function fdiv(a: number, b: number): number {
  if (b === 0) throw new ScriptError("Divide by zero");
  return Math.fround(a / b);
}

/** `>>` as the NWScript VM computes it: a negative value has its magnitude shifted. */
export function shr(a: number, n: number): number {
  return a >= 0 ? a >> n : -(-a >> n) | 0;
}

/** A comparison or `!` yields a JavaScript boolean; NWScript has the int 0 or 1. */
export function int(x: number | boolean): number {
  return typeof x === "boolean" ? (x ? 1 : 0) : x;
}

/** Structs and vectors are values: copy plain objects deeply; engine values are immutable handles. */
export function copy<T>(v: T): T {
  if (v === null || typeof v !== "object" || Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = copy(x);
  return out as T;
}

// ---- Globals -------------------------------------------------------------------------------
// A module's top-level variables stay ordinary module bindings (importers see them live); the
// transform registers, per module, how to initialise, read and write them. Registration order is
// load order, the order NWScript's includes give. Each script run starts them afresh; an action
// runs with the copy saved when it was scheduled, and its writes are dropped.

interface ModuleGlobals {
  init: () => void;
  get: () => Record<string, unknown>;
  set: (values: Record<string, unknown>) => void;
}

const modules = new Map<string, ModuleGlobals>();

let deferInit = false;

/**
 * Script runners (npc-build run, the differential tests) start each script run with
 * resetGlobals(), as the game does: initialisers then run inside the run, with its OBJECT_SELF.
 * Code that imports modules to call functions directly (unit tests) gets them initialised on load.
 */
export function setDeferredInit(deferred: boolean): void {
  deferInit = deferred;
}

/** Called once by each transformed module that has globals; initialises them now unless deferred. */
export function registerGlobals(id: string, init: () => void, get: () => Record<string, unknown>, set: (v: Record<string, unknown>) => void): void {
  modules.set(id, { init, get, set });
  if (!deferInit) init();
}

/**
 * A new script run: the globals of the given modules (default: all) take their initial values
 * again, in load order — the order NWScript's includes give.
 */
export function resetGlobals(ids?: ReadonlySet<string>): void {
  for (const [id, m] of modules) if (!ids || ids.has(id)) m.init();
}

/** Forgets every module (before loading a different program). */
export function forgetModules(): void {
  modules.clear();
}

type Snapshot = [ModuleGlobals, Record<string, unknown>][];

function snapshot(): Snapshot {
  return [...modules.values()].map((m) => [m, copy(m.get())]);
}

function restore(s: Snapshot): void {
  for (const [m, values] of s) m.set(copy(values));
}

/**
 * An action for DelayCommand/AssignCommand/ActionDoCommand. Locals were captured by value when
 * the transform built `body`; globals are saved here and put back around the run.
 */
export function action(body: () => void): NwAction {
  const saved = snapshot();
  return {
    run() {
      const current = snapshot();
      restore(saved);
      try {
        body();
      } finally {
        restore(current);
      }
    },
  };
}

// ---- Instruction budget ----------------------------------------------------------------------
// The game stops a script run after an instruction limit. The transform charges an estimate of
// the instructions of each function body and loop iteration (tick); the world resets the count
// when a top-level script run ends. A loop that never ends stops with TooManyInstructions.

let used = 0;
let limit = DEFAULT_INSTRUCTION_LIMIT;
let peak = 0;

export function tick(instructions: number): void {
  used += instructions;
  if (used > limit) {
    used = 0;
    throw new TooManyInstructions(limit);
  }
}

/** Called when a script run ends: remembers the largest run, starts the next at zero. */
export function endRun(): void {
  if (used > peak) peak = used;
  used = 0;
}

export function setInstructionLimit(n: number): void {
  limit = n;
}

/** The largest estimate of one script run since the last call (then forgets it). */
export function takePeakInstructions(): number {
  const p = Math.max(peak, used);
  peak = 0;
  return p;
}
