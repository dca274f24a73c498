// The simulated NWN:EE world: objects, the clock and scheduler, the script registry, and the
// engine function table bound to this world. Implements the EngineHost contract.
import type { EngineFunction, EngineHost } from "../engine-contract.js";
import {
  EngineNotModeled,
  NwObject,
  OBJECT_INVALID,
  ScriptError,
  TooManyInstructions,
  type NwAction,
} from "../values.js";
import { Clock, type CalendarStart } from "./clock.js";
import { GameObject, type ObjectKind } from "./objects.js";
import { SeededRandom } from "./random.js";
import { Scheduler } from "./scheduler.js";
import { ENGINE_FUNCTIONS } from "./table.js";

export interface WorldOptions {
  /** Seed of Random/dN and of object UUIDs (default 1). */
  seed?: number;
  /** Folder of campaign databases (SqlPrepareQueryCampaign); created on first use. */
  databaseDir?: string;
  /** Calendar at time 0. */
  start?: CalendarStart;
  /** Real minutes per game hour (module setting, default 2). */
  minutesPerHour?: number;
  /** Throw when a hook or ExecuteScript names a script that is not registered (default: log it). */
  strictScripts?: boolean;
}

/** A script a world can run by name (event hooks, ExecuteScript). */
export type ScriptBody = (world: World) => void;

/** A script error that stopped one script run; the world goes on, as the game does. */
export interface ScriptFailure {
  readonly timeMs: number;
  readonly self: NwObject;
  readonly error: Error;
}

export class World implements EngineHost {
  readonly seed: number;
  readonly databaseDir: string | undefined;
  readonly strictScripts: boolean;
  readonly printed: string[] = [];
  /** Engine log lines other than PrintString (SQL errors, dropped commands…). */
  readonly log: string[] = [];
  /** Script runs stopped by ScriptError or TooManyInstructions while the world ran them. */
  readonly scriptFailures: ScriptFailure[] = [];
  readonly clock: Clock;
  readonly scheduler = new Scheduler();
  readonly random: SeededRandom;
  readonly scripts = new Map<string, ScriptBody>();
  readonly objects = new Map<number, GameObject>();
  readonly module: GameObject;
  /** Called when an outermost script run ends (SQL uses it to roll back open transactions). */
  readonly scriptEndHooks: (() => void)[] = [];

  private currentSelf: NwObject = OBJECT_INVALID;
  private depth = 0;
  private nextId = 1;
  private readonly bound = new Map<string, EngineFunction>();
  private runner: GameObject | undefined;

  constructor(options: WorldOptions = {}) {
    this.seed = (options.seed ?? 1) | 0;
    this.databaseDir = options.databaseDir;
    this.strictScripts = options.strictScripts ?? false;
    this.clock = new Clock(options.start, options.minutesPerHour);
    this.random = new SeededRandom(this.seed);
    this.module = this.create("module");
  }

  // ---- EngineHost -------------------------------------------------------------------------

  get self(): NwObject {
    return this.currentSelf;
  }

  engineFunction(name: string): EngineFunction {
    let fn = this.bound.get(name);
    if (!fn) {
      const impl = ENGINE_FUNCTIONS.get(name);
      if (!impl) throw new EngineNotModeled(name);
      fn = (args) => impl(this, args);
      this.bound.set(name, fn);
    }
    return fn;
  }

  /** Calls an engine function by name (a convenience for tests and scenario code). */
  call(name: string, ...args: Parameters<EngineFunction>[0]): ReturnType<EngineFunction> {
    return this.engineFunction(name)(args);
  }

  runScript(self: NwObject, body: () => void): void {
    const previous = this.currentSelf;
    this.currentSelf = self;
    this.depth++;
    try {
      body();
    } finally {
      this.depth--;
      this.currentSelf = previous;
      if (this.depth === 0) for (const hook of this.scriptEndHooks) hook();
    }
  }

  schedule(delaySeconds: number, owner: NwObject, action: NwAction): void {
    if (!this.isLive(owner)) return; // the game drops commands for invalid objects
    const delayMs = Number.isFinite(delaySeconds) && delaySeconds > 0 ? Math.round(delaySeconds * 1000) : 0;
    this.scheduler.add(this.clock.nowMs + delayMs, owner, action);
  }

  // ---- objects ----------------------------------------------------------------------------

  /** Creates an object (not yet in any area). Ids are handed out in creation order from 1. */
  create(kind: ObjectKind): GameObject {
    const obj = new GameObject(this.nextId++, kind);
    this.objects.set(obj.id, obj);
    return obj;
  }

  /** The live object behind a handle, or undefined (invalid, destroyed, or never existed). */
  lookup(handle: NwObject): GameObject | undefined {
    const obj = this.objects.get(handle.id);
    return obj && !obj.destroyed ? obj : undefined;
  }

  isLive(handle: NwObject): boolean {
    return this.lookup(handle) !== undefined;
  }

  /** The handle of an object, or OBJECT_INVALID. */
  handleOf(obj: GameObject | undefined): NwObject {
    return obj && !obj.destroyed ? obj.handle : OBJECT_INVALID;
  }

  // ---- time and commands ------------------------------------------------------------------

  /** Seconds since the world started. */
  get now(): number {
    return this.clock.nowMs / 1000;
  }

  /**
   * Runs every command due up to `seconds` from now, each at its due time (so commands it
   * schedules count from then), then leaves the clock at now + seconds.
   */
  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new Error(`advance: seconds must be >= 0, got ${seconds}`);
    const limit = this.clock.nowMs + Math.round(seconds * 1000);
    this.runDueUntil(limit);
    this.clock.nowMs = limit;
  }

  /**
   * Runs queued commands in due-time order until none is left. Commands that keep rescheduling
   * themselves never let the world go idle: after `maxCommands` this throws (use advance()).
   */
  runUntilIdle(maxCommands = 100_000): void {
    let count = 0;
    for (;;) {
      const due = this.scheduler.nextDueMs();
      if (due === undefined) return;
      if (count++ >= maxCommands) {
        throw new Error(`runUntilIdle: more than ${maxCommands} commands ran without the queue emptying (a command loop? use advance())`);
      }
      this.runOne(Math.max(due, this.clock.nowMs));
    }
  }

  private runDueUntil(limitMs: number): void {
    while (this.runOne(limitMs));
  }

  /** Runs the earliest command due at or before limitMs; false when there is none. */
  private runOne(limitMs: number): boolean {
    const item = this.scheduler.takeDue(limitMs);
    if (!item) return false;
    if (item.dueMs > this.clock.nowMs) this.clock.nowMs = item.dueMs;
    if (!this.isLive(item.owner)) return true; // owner destroyed since: dropped, as in the game
    this.guarded(item.owner, () => item.action.run());
    return true;
  }

  /** Runs one script run the world itself starts; a script error stops only that run. */
  guarded(self: NwObject, body: () => void): void {
    try {
      this.runScript(self, body);
    } catch (e) {
      if (e instanceof ScriptError || e instanceof TooManyInstructions) {
        this.scriptFailures.push({ timeMs: this.clock.nowMs, self, error: e });
        this.log.push(`script error (self ${self.id.toString(16)}): ${e.message}`);
      } else {
        throw e;
      }
    }
  }

  /**
   * Runs a standalone script the way the conformance corpus does: `main` with OBJECT_SELF set to a
   * placeholder object that is not the module, then every queued command until idle.
   */
  runMain(body: () => void, maxCommands?: number): void {
    if (!this.runner) {
      this.runner = this.create("waypoint");
      this.runner.tag = "TWIN_SCRIPT_RUNNER";
    }
    this.runScript(this.runner.handle, body);
    this.runUntilIdle(maxCommands);
  }

  // ---- scripts ----------------------------------------------------------------------------

  /** Registers a script by name (event hooks and ExecuteScript look scripts up here). */
  registerScript(name: string, body: ScriptBody): void {
    this.scripts.set(name.toLowerCase(), body);
  }

  /**
   * ExecuteScript: runs the named script now, with OBJECT_SELF = target, as its own script run
   * nested in the caller's. An invalid target does nothing; an unknown name is logged and does
   * nothing (as in the game) unless the world was made with strictScripts.
   */
  executeScript(name: string, target: NwObject): void {
    if (!this.isLive(target)) return;
    const body = this.script(name);
    if (!body) {
      this.missingScript(name);
      return;
    }
    this.guarded(target, () => body(this));
  }

  /** A script name that has no registered body: logged, or thrown with strictScripts. */
  missingScript(name: string): void {
    const message = `no script named "${name}" is registered`;
    if (this.strictScripts) throw new Error(message);
    this.log.push(message);
  }

  /** The script registered under `name` (resrefs are case-insensitive), or undefined. */
  script(name: string): ScriptBody | undefined {
    return this.scripts.get(name.toLowerCase());
  }
}

