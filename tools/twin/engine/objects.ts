// The state the simulator keeps for each game object, keyed by object id. Scripts only ever hold
// NwObject handles; everything else lives here.
import { NwObject, OBJECT_INVALID, type NwVector } from "../values.js";
import type { QueuedAction } from "./action-queue.js";
import { Locals } from "./locals.js";

/** OBJECT_TYPE_* values of nwscript.nss; the module and areas answer 0 to GetObjectType. */
export const OBJECT_TYPE = {
  creature: 1,
  item: 2,
  trigger: 4,
  door: 8,
  areaOfEffect: 16,
  waypoint: 32,
  placeable: 64,
  store: 128,
  encounter: 256,
} as const;

export type ObjectKind = "module" | "area" | keyof typeof OBJECT_TYPE;

/** What an object perceives of another (GetObjectSeen/GetObjectHeard). */
export interface Perceived {
  seen: boolean;
  heard: boolean;
}

export type PerceptionKind = "seen" | "vanished" | "heard" | "inaudible";

/**
 * What the GetLast* functions answer for an object. The game keeps these on the object that got
 * the event, so they stay readable after the event script (until the next such event).
 */
export class EventMemory {
  entering: NwObject = OBJECT_INVALID;
  exiting: NwObject = OBJECT_INVALID;
  perceived: NwObject = OBJECT_INVALID;
  perception: PerceptionKind | undefined;
  attacker: NwObject = OBJECT_INVALID;
  damager: NwObject = OBJECT_INVALID;
  totalDamage = 0;
  hostileActor: NwObject = OBJECT_INVALID;
  spellCaster: NwObject = OBJECT_INVALID;
  spellId = -1;
  spellHarmful = 0;
  speaker: NwObject = OBJECT_INVALID;
  listenPattern = -1;
  killer: NwObject = OBJECT_INVALID;
  userDefined = 0;
  playerDied: NwObject = OBJECT_INVALID;
  playerDying: NwObject = OBJECT_INVALID;
}

export class GameObject {
  readonly handle: NwObject;
  readonly locals = new Locals();
  /** EVENT_SCRIPT_* number → script name. */
  readonly eventScripts = new Map<number, string>();
  readonly last = new EventMemory();
  tag = "";
  /** Name as created; SetName changes `name` only (GetName(o, TRUE) reads this). */
  originalName = "";
  name = "";
  resref = "";
  /** Area the object is in (undefined for the module, areas, and objects outside any area). */
  area: GameObject | undefined;
  position: NwVector = { x: 0, y: 0, z: 0 };
  /** Degrees, 0 = east, counter-clockwise. */
  facing = 0;
  destroyed = false;
  /** The object's action queue (ActionDoCommand, ActionWait) and whether a step is scheduled. */
  readonly actionQueue: QueuedAction[] = [];
  actionStepPending = false;

  // Creatures (hit points also for placeables and doors).
  isPC = false;
  hp = 1;
  maxHp = 1;
  dead = false;
  /** Faction id (see factions.ts). */
  faction = 2;
  /** Other objects this one currently perceives, by id. */
  readonly perceives = new Map<number, Perceived>();

  // Areas: objects in the area, in the order they entered, and the GetFirst/NextObjectInArea cursor.
  readonly contents: GameObject[] = [];
  iterIndex = 0;

  constructor(
    readonly id: number,
    readonly kind: ObjectKind,
  ) {
    this.handle = new NwObject(id);
  }

  get objectType(): number {
    return this.kind === "module" || this.kind === "area" ? 0 : OBJECT_TYPE[this.kind];
  }
}
