// A compiled script: the code of its functions, deferred calls and global initialisers, with the
// tables the machine needs at run time. Built once per checked program; it holds no run state,
// so one image can be run any number of times against any host.
import type { Pos } from "../ast.js";
import type { NwValue } from "../../twin/values.js";

export interface FunctionInfo {
  readonly name: string;
  /** Code address of the first instruction. */
  entry: number;
  /** Slots of the arguments (below the frame base's locals). */
  readonly paramSlots: number;
  /** Slots of the locals (reserved when the function is entered). */
  localSlots: number;
}

/** How one argument or result crosses into an engine function. */
export const enum Shape {
  /** One slot, passed as it is. */
  Single = 1,
  /** Three float slots, passed as an NwVector. */
  Vector = 3,
  /** No slot (void result). */
  None = 0,
}

/** One call of an engine function in the code (defaults already filled in). */
export interface EngineSite {
  readonly name: string;
  /** Argument shapes in parameter order. */
  readonly args: readonly Shape[];
  /** Total argument slots. */
  readonly argSlots: number;
  readonly result: Shape;
  readonly pos: Pos;
}

/** A deferred call (the `action` argument of DelayCommand, AssignCommand, ActionDoCommand). */
export interface ActionSite {
  /** Code that evaluates the call's arguments against the saved frame, calls, and halts. */
  entry: number;
  /** Slots of the frame the action saves (the enclosing function's parameters and locals). */
  frameSlots: number;
  readonly pos: Pos;
}

export interface Image {
  readonly code: Int32Array;
  readonly consts: readonly unknown[];
  readonly functions: readonly FunctionInfo[];
  readonly engineSites: readonly EngineSite[];
  readonly actions: readonly ActionSite[];
  /** Initial value of every global slot (what an uninitialised global holds). */
  readonly globalDefaults: readonly NwValue[];
  /** Code that runs the global initialisers, calls the entry point and halts. */
  readonly start: number;
  /** Slots the entry point returns (1 for StartingConditional, 0 for main). */
  readonly resultSlots: number;
  /** Source positions of the instructions that can fail, by code address. */
  readonly positions: ReadonlyMap<number, Pos>;
}
