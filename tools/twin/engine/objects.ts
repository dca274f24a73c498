// The state the simulator keeps for each game object, keyed by object id. Scripts only ever hold
// NwObject handles; everything else lives here.
import { NwObject, type NwVector } from "../values.js";
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

export class GameObject {
  readonly handle: NwObject;
  readonly locals = new Locals();
  /** EVENT_SCRIPT_* number → script name. */
  readonly eventScripts = new Map<number, string>();
  tag = "";
  name = "";
  /** Area the object is in (undefined for the module, areas, and objects in limbo). */
  area: GameObject | undefined;
  position: NwVector = { x: 0, y: 0, z: 0 };
  facing = 0;
  destroyed = false;
  /** The object's action queue (ActionDoCommand, ActionWait) and whether a step is scheduled. */
  readonly actionQueue: QueuedAction[] = [];
  actionStepPending = false;

  // Creatures (and placeables/doors for hit points).
  isPC = false;
  hp = 1;
  maxHp = 1;
  dead = false;
  /** Faction id (see factions.ts). */
  faction = 0;

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
