// interpret(): runs a checked program's global initialisers and entry point against an engine
// host, as one script run. Commands it queues (DelayCommand, AssignCommand, ActionDoCommand) are
// NwActions handed to the host; each runs later as a script run of its own with a fresh
// instruction budget, and its instruction count goes into the same RunStats.
import type { CheckedProgram } from "../ast.js";
import type { EngineHost } from "../../twin/engine-contract.js";
import { DEFAULT_INSTRUCTION_LIMIT } from "../../twin/values.js";
import { compileProgram } from "./compiler.js";
import { DEFAULT_ENGINE_VALUES } from "./default-engine-values.js";
import type { EngineValues } from "./engine-values.js";
import type { Image } from "./image.js";
import { Machine, newRunStats, type RunReport, type RunStats } from "./machine.js";

export { newRunStats, type RunReport, type RunStats } from "./machine.js";

/**
 * Nested user function calls allowed before a run stops with "Stack overflow". The game's VM
 * limit is not documented; this keeps runaway recursion from running for long while leaving
 * room for any legitimate recursion depth (a few thousand).
 */
export const DEFAULT_MAX_CALL_DEPTH = 8192;

export interface InterpretOptions {
  /** Instructions one script run may execute (default DEFAULT_INSTRUCTION_LIMIT, as the game). */
  instructionLimit?: number;
  /** Nested calls before "Stack overflow" (default DEFAULT_MAX_CALL_DEPTH). */
  maxCallDepth?: number;
  /** Engine structure constants (default: the engine simulator's classes). */
  engineValues?: EngineValues;
  /**
   * Counts to add this run and its queued commands to (default: new counts). Share one object
   * between interpret calls to measure many scripts together, e.g. one simulated area tick.
   */
  stats?: RunStats;
  /** Called after every run (the entry point's, then each queued command's) with its count. */
  onRun?: (run: RunReport) => void;
}

export interface InterpretResult {
  /** StartingConditional's result; undefined for main. */
  readonly returnValue: number | undefined;
  /** Instructions this run executed (global initialisers and the entry point). */
  readonly instructions: number;
  /**
   * Counts over this run and every command it queued, kept up to date as the host runs them
   * (maxInstructions is the largest single run).
   */
  readonly stats: RunStats;
}

const images = new WeakMap<CheckedProgram, Map<EngineValues, Image>>();

/** The compiled form of a program (compiled once per program and engine values). */
export function imageOf(program: CheckedProgram, engineValues: EngineValues = DEFAULT_ENGINE_VALUES): Image {
  let byValues = images.get(program);
  if (!byValues) images.set(program, (byValues = new Map()));
  let image = byValues.get(engineValues);
  if (!image) byValues.set(engineValues, (image = compileProgram(program, engineValues)));
  return image;
}

/**
 * Runs `program` (checked without errors, with main or StartingConditional) with OBJECT_SELF =
 * host.self. Throws TooManyInstructions, ScriptError (division by zero, stack overflow) or the
 * host's errors (EngineNotModeled) when the run stops.
 */
export function interpret(program: CheckedProgram, host: EngineHost, options: InterpretOptions = {}): InterpretResult {
  const image = imageOf(program, options.engineValues);
  const machine = new Machine(
    image,
    host,
    {
      instructionLimit: positive(options.instructionLimit, DEFAULT_INSTRUCTION_LIMIT, "instructionLimit"),
      maxCallDepth: positive(options.maxCallDepth, DEFAULT_MAX_CALL_DEPTH, "maxCallDepth"),
      ...(options.onRun ? { onRun: options.onRun } : {}),
    },
    options.stats ?? newRunStats(),
  );
  const outcome = machine.runStart();
  const returnValue = image.resultSlots === 1 ? (outcome.stack[outcome.sp - 1] as number) : undefined;
  return { returnValue, instructions: outcome.instructions, stats: machine.stats };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`interpret: ${name} must be a positive integer, got ${value}`);
  return value;
}
