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
  type NwValue,
  type NwVector,
} from "../values.js";
import { Clock, type CalendarStart } from "./clock.js";
import { EVENT } from "./event-names.js";
import { fireEvent, need, NO_EVENT, type EventContext, type EventDetails } from "./events.js";
import { FACTION_PC, Factions } from "./factions.js";
import { GameObject, type ObjectKind, type PerceptionKind } from "./objects.js";
import { hash32, SeededRandom } from "./random.js";
import * as scenario from "./scenario.js";
import { Scheduler } from "./scheduler.js";
import { SqlHost } from "./sql/host.js";
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
  /**
   * Throw instead of logging when a hook or ExecuteScript names a script that is not registered,
   * and when a script run the world starts stops on a script error (default: log and go on, as
   * the game does).
   */
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

/** What a new object starts with (every field optional). */
export interface ObjectInit {
  tag?: string;
  name?: string;
  resref?: string;
  /** Area to place the object in (no OnEnter fires; use enterArea for that). */
  area?: NwObject;
  position?: NwVector;
  facing?: number;
  isPC?: boolean;
  hp?: number;
  maxHp?: number;
  /** Faction id (see world.factions). */
  faction?: number;
  /** EVENT_SCRIPT_* number → script name. */
  scripts?: ReadonlyMap<number, string> | Readonly<Record<number, string>>;
}

export class World implements EngineHost {
  readonly seed: number;
  readonly databaseDir: string | undefined;
  readonly strictScripts: boolean;
  readonly printed: string[] = [];
  /** Engine log lines other than PrintString (SQL errors, missing scripts, script errors). */
  readonly log: string[] = [];
  /** WriteTimestampedLogEntry calls, with the simulated time (seconds since the start). */
  readonly logEntries: { time: number; text: string }[] = [];
  /** SendMessageToPC calls. */
  readonly messages: { pc: NwObject; text: string }[] = [];
  /** Script runs stopped by ScriptError or TooManyInstructions while the world ran them. */
  readonly scriptFailures: ScriptFailure[] = [];
  readonly clock: Clock;
  readonly scheduler = new Scheduler();
  readonly random: SeededRandom;
  readonly factions: Factions;
  readonly sql: SqlHost;
  readonly scripts = new Map<string, ScriptBody>();
  readonly objects = new Map<number, GameObject>();
  /** The same objects indexed by id (ids are handed out from 1 up): lookup is on every engine call. */
  private readonly byId: (GameObject | undefined)[] = [undefined];
  readonly module: GameObject;
  /** Areas in creation order, and the GetFirst/NextArea cursor. */
  readonly areas: GameObject[] = [];
  areaCursor = 0;
  /** Logged-in PCs in login order, and the GetFirst/NextPC cursor. */
  readonly pcs: GameObject[] = [];
  pcCursor = 0;
  /** Called when an outermost script run ends (SQL uses it to roll back open transactions). */
  readonly scriptEndHooks: (() => void)[] = [];

  private currentSelf: NwObject = OBJECT_INVALID;
  private currentEvent: EventContext = NO_EVENT;
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
    this.factions = new Factions(() => this.clock.nowMs);
    this.sql = new SqlHost(this);
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

  /** Calls an engine function by name with complete arguments (for tests and scenario code). */
  call(name: string, ...args: NwValue[]): NwValue | undefined {
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

  /** Creates a bare object (not in any area). Ids are handed out in creation order from 1. */
  create(kind: ObjectKind): GameObject {
    const obj = new GameObject(this.nextId++, kind);
    this.objects.set(obj.id, obj);
    this.byId.push(obj);
    if (kind === "area") this.areas.push(obj);
    if (kind === "module" || kind === "area") obj.faction = FACTION_PC;
    return obj;
  }

  /** Creates an area. */
  createArea(init: ObjectInit = {}): NwObject {
    return this.createObject("area", init);
  }

  /** Creates a creature; a PC joins the logged-in PC list. No events fire (see spawn/start). */
  createCreature(init: ObjectInit = {}): NwObject {
    return this.createObject("creature", init);
  }

  /** Creates an object of any kind with the given state. */
  createObject(kind: Exclude<ObjectKind, "module">, init: ObjectInit = {}): NwObject {
    const o = this.create(kind);
    o.tag = init.tag ?? "";
    o.name = o.originalName = init.name ?? "";
    o.resref = init.resref ?? "";
    if (init.position) o.position = { x: Math.fround(init.position.x), y: Math.fround(init.position.y), z: Math.fround(init.position.z) };
    o.facing = Math.fround(init.facing ?? 0);
    o.maxHp = init.maxHp ?? init.hp ?? 1;
    o.hp = init.hp ?? o.maxHp;
    o.isPC = kind === "creature" && (init.isPC ?? false);
    if (init.faction !== undefined) {
      if (this.factions.names[init.faction] === undefined) throw new Error(`no faction with id ${init.faction}`);
      o.faction = init.faction;
    } else if (o.isPC) {
      o.faction = FACTION_PC;
    }
    o.dead = kind === "creature" && o.hp <= 0;
    const scripts = init.scripts instanceof Map ? init.scripts : new Map(Object.entries(init.scripts ?? {}).map(([k, v]) => [Number(k), v]));
    for (const [event, name] of scripts) o.eventScripts.set(event, name);
    if (o.isPC) this.pcs.push(o);
    if (init.area) {
      const area = need(this, init.area, "createObject");
      if (area.kind !== "area") throw new Error(`createObject: object ${area.id.toString(16)} is not an area`);
      this.placeInArea(o, area);
    }
    return o.handle;
  }

  /** The live object behind a handle, or undefined (invalid, destroyed, or never existed). */
  lookup(handle: NwObject): GameObject | undefined {
    const id = handle.id;
    const obj = id < this.byId.length ? this.byId[id] : undefined;
    return obj !== undefined && !obj.destroyed ? obj : undefined;
  }

  /** The live object behind a handle, or an error (for test code). */
  get(handle: NwObject): GameObject {
    return need(this, handle, "get");
  }

  isLive(handle: NwObject): boolean {
    return this.lookup(handle) !== undefined;
  }

  /** Adds an object at the end of an area's object list (no events). */
  placeInArea(obj: GameObject, area: GameObject): void {
    if (obj.area) this.removeFromArea(obj);
    obj.area = area;
    area.contents.push(obj);
  }

  /** Removes an object from its area's object list (no events); a running GetNext keeps its place. */
  removeFromArea(obj: GameObject): void {
    const area = obj.area;
    if (!area) return;
    const i = area.contents.indexOf(obj);
    if (i >= 0) {
      area.contents.splice(i, 1);
      if (i < area.iterIndex) area.iterIndex--;
    }
    obj.area = undefined;
  }

  /**
   * Destroys an object now (DestroyObject schedules this). The module and areas cannot be
   * destroyed. Its queued commands are dropped; handles to it become invalid.
   */
  destroy(handle: NwObject): void {
    const obj = this.lookup(handle);
    if (!obj || obj.kind === "module" || obj.kind === "area") return;
    this.removeFromArea(obj);
    const pc = this.pcs.indexOf(obj);
    if (pc >= 0) {
      this.pcs.splice(pc, 1);
      if (pc < this.pcCursor) this.pcCursor--;
    }
    obj.destroyed = true;
    obj.actionQueue.length = 0;
    this.scheduler.dropOwnedBy(obj.id);
  }

  /** GetObjectUUID: a v4-shaped UUID from the world seed and the object id (order-independent). */
  uuidOf(obj: GameObject): string {
    const words = [0, 1, 2, 3].map((i) => hash32(this.seed, obj.id, i));
    words[1] = (words[1]! & 0xffff0fff) | 0x00004000;
    words[2] = ((words[2]! & 0x3fffffff) | 0x80000000) >>> 0;
    const hex = words.map((w) => (w >>> 0).toString(16).padStart(8, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
    while (this.runOne(limit));
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

  /** Runs the earliest command due at or before limitMs; false when there is none. */
  private runOne(limitMs: number): boolean {
    const item = this.scheduler.takeDue(limitMs);
    if (!item) return false;
    if (item.dueMs > this.clock.nowMs) this.clock.nowMs = item.dueMs;
    if (!this.isLive(item.owner)) return true; // owner destroyed since: dropped, as in the game
    this.withEvent(NO_EVENT, () => this.guarded(item.owner, () => item.action.run()));
    return true;
  }

  /** Runs one script run the world itself starts; a script error stops only that run. */
  guarded(self: NwObject, body: () => void): void {
    try {
      this.runScript(self, body);
    } catch (e) {
      if (!this.strictScripts && (e instanceof ScriptError || e instanceof TooManyInstructions)) {
        this.scriptFailures.push({ timeMs: this.clock.nowMs, self, error: e });
        this.log.push(`script error (OBJECT_SELF ${self.id.toString(16)}): ${e.message}`);
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

  // ---- scripts and events -----------------------------------------------------------------

  /** Registers a script by name (event hooks and ExecuteScript look scripts up here). */
  registerScript(name: string, body: ScriptBody): void {
    this.scripts.set(name.toLowerCase(), body);
  }

  /** The script registered under `name` (resrefs are case-insensitive), or undefined. */
  script(name: string): ScriptBody | undefined {
    return this.scripts.get(name.toLowerCase());
  }

  /**
   * ExecuteScript: runs the named script now, with OBJECT_SELF = target, as its own script run
   * nested in the caller's. An invalid target does nothing; an unknown name is logged.
   */
  executeScript(name: string, target: NwObject): void {
    if (!this.isLive(target)) return;
    const body = this.script(name);
    if (!body) {
      this.missingScript(name);
      return;
    }
    this.withEvent({ event: this.currentEvent.event, own: 0 }, () => this.guarded(target, () => body(this)));
  }

  /** A script name that has no registered body: logged, or thrown with strictScripts. */
  missingScript(name: string): void {
    const message = `no script named "${name}" is registered`;
    if (this.strictScripts) throw new Error(message);
    this.log.push(message);
  }

  /** The event being handled now (GetCurrentlyRunningEvent). */
  get eventContext(): EventContext {
    return this.currentEvent;
  }

  withEvent(ctx: EventContext, body: () => void): void {
    const previous = this.currentEvent;
    this.currentEvent = ctx;
    try {
      body();
    } finally {
      this.currentEvent = previous;
    }
  }

  /** Fires an EVENT_SCRIPT_* hook on an object with the given GetLast* answers. */
  fireEvent(target: NwObject, event: number, details: EventDetails = {}): boolean {
    return fireEvent(this, need(this, target, "fireEvent"), event, details);
  }

  // ---- scenario steps (see scenario.ts) ---------------------------------------------------

  /** OnSpawn of every creature in creation order, then the module's OnModuleLoad. */
  start(): void {
    for (const o of [...this.objects.values()]) if (o.kind === "creature" && !o.isPC) this.spawn(o.handle);
    fireEvent(this, this.module, EVENT.MODULE_ON_MODULE_LOAD);
  }

  /** OnSpawn of one creature. */
  spawn(creature: NwObject): void {
    fireEvent(this, need(this, creature, "spawn"), EVENT.CREATURE_ON_SPAWN_IN);
  }

  enterArea(creature: NwObject, area: NwObject, position?: NwVector): void {
    scenario.enterArea(this, creature, area, position);
  }

  /** The module's OnClientEnter for a PC, then (if given) it enters the area. */
  clientEnter(pc: NwObject, area?: NwObject, position?: NwVector): void {
    const p = need(this, pc, "clientEnter");
    if (!p.isPC) throw new Error(`clientEnter: object ${p.id.toString(16)} is not a PC`);
    if (!this.pcs.includes(p)) this.pcs.push(p);
    fireEvent(this, this.module, EVENT.MODULE_ON_CLIENT_ENTER, { entering: p.handle });
    if (area) this.enterArea(pc, area, position);
  }

  /**
   * A PC logs out: its area's OnExit (PC still counted), then the module's OnClientLeave (PC still
   * in the PC list, no longer in an area), then it is gone.
   */
  clientLeave(pc: NwObject): void {
    const p = need(this, pc, "clientLeave");
    scenario.leaveArea(this, p);
    fireEvent(this, this.module, EVENT.MODULE_ON_CLIENT_EXIT, { exiting: p.handle });
    this.destroy(pc);
  }

  attack(target: NwObject, attacker: NwObject): void {
    scenario.attack(this, target, attacker);
  }

  damage(target: NwObject, attacker: NwObject, amount: number): void {
    scenario.damage(this, target, attacker, amount);
  }

  kill(target: NwObject, killer: NwObject): void {
    scenario.kill(this, target, killer);
  }

  perceive(npc: NwObject, other: NwObject, kind: PerceptionKind): void {
    scenario.perceive(this, npc, other, kind);
  }

  castSpellAt(target: NwObject, caster: NwObject, spellId: number, harmful = true): void {
    scenario.castSpellAt(this, target, caster, spellId, harmful);
  }

  speak(npc: NwObject, speaker: NwObject, listenPattern = -1): void {
    scenario.speak(this, npc, speaker, listenPattern);
  }

  endCombatRound(npc: NwObject): void {
    this.fireEvent(npc, EVENT.CREATURE_ON_END_COMBATROUND);
  }

  /** OnUserDefined with the number GetUserDefinedEventNumber answers (SignalEvent queues this). */
  userDefined(target: NwObject, eventNumber: number): void {
    scenario.userDefined(this, target, eventNumber);
  }

  /** One heartbeat round: the module, then each area, then each creature, in creation order. */
  heartbeat(): void {
    fireEvent(this, this.module, EVENT.MODULE_ON_HEARTBEAT);
    for (const a of [...this.areas]) fireEvent(this, a, EVENT.AREA_ON_HEARTBEAT);
    for (const o of [...this.objects.values()]) if (o.kind === "creature" && o.area) fireEvent(this, o, EVENT.CREATURE_ON_HEARTBEAT);
  }

  /** Sets how `source` regards `target` (0..100) regardless of factions: charm, domination… */
  setPersonalReaction(source: NwObject, target: NwObject, value: number): void {
    this.factions.setPersonal(need(this, source, "setPersonalReaction"), need(this, target, "setPersonalReaction"), {
      kind: "absolute",
      value: Math.max(0, Math.min(100, value)),
    });
  }

  /** Removes what setPersonalReaction or SetIsTemporary* set for (source, target). */
  clearPersonalReaction(source: NwObject, target: NwObject): void {
    this.factions.clearPersonal(need(this, source, "clearPersonalReaction"), need(this, target, "clearPersonalReaction"));
  }
}
