// How NWScript values are represented in JavaScript, shared by everything that runs NWScript
// semantics on Node: the engine simulator, subset modules run under Node (the "twin"), and the
// reference interpreter of emitted NWScript. One representation means one engine implementation.
//
//   int           number, always a 32-bit signed integer (x | 0)
//   float         number, always a 32-bit float (Math.fround(x))
//   string        string
//   object        NwObject (OBJECT_INVALID is a real NwObject whose `valid` is false)
//   vector        NwVector, a plain { x, y, z } of floats, copied on assignment
//   struct        a plain object of field values, copied (deeply) on assignment
//   location, effect, event, talent, itemproperty, cassowary, json, sqlquery
//                 instances of the engine's classes (see the simulator); opaque to scripts
//   action        NwAction: something the scheduler can run later

/** Object ids as the game prints them: OBJECT_INVALID is 0x7F000000. */
export const OBJECT_INVALID_ID = 0x7f000000;

export class NwObject {
  constructor(
    /** Stable id; deterministic for a given world seed and creation order. */
    readonly id: number,
  ) {}

  get valid(): boolean {
    return this.id !== OBJECT_INVALID_ID;
  }
}

export const OBJECT_INVALID = new NwObject(OBJECT_INVALID_ID);

export interface NwVector {
  x: number;
  y: number;
  z: number;
}

/** A command to run later (DelayCommand, AssignCommand, ActionDoCommand). */
export interface NwAction {
  /** Runs the command; the scheduler has already made its owner OBJECT_SELF. */
  run(): void;
}

export type NwValue = number | string | NwObject | NwVector | { [field: string]: NwValue } | object;

/** Thrown when a script calls an engine function the simulator does not model. */
export class EngineNotModeled extends Error {
  constructor(readonly functionName: string) {
    super(`the engine simulator does not model ${functionName}()`);
  }
}

/** The engine's instruction limit was reached (TOO MANY INSTRUCTIONS in the game). */
export class TooManyInstructions extends Error {
  constructor(readonly limit: number) {
    super(`TOO MANY INSTRUCTIONS: the script ran more than ${limit} instructions`);
  }
}

/** A script error the game would report and that stops the script (division by zero, …). */
export class ScriptError extends Error {}

/** NWN:EE's default instruction limit per script run (configurable in the game). */
export const DEFAULT_INSTRUCTION_LIMIT = 524_288;
