// EVENT_SCRIPT_* numbers by object kind, and the friendly hook names of the world file format.
import type { ObjectKind } from "./objects.js";

export const EVENT = {
  MODULE_ON_HEARTBEAT: 3000,
  MODULE_ON_USER_DEFINED_EVENT: 3001,
  MODULE_ON_MODULE_LOAD: 3002,
  MODULE_ON_MODULE_START: 3003,
  MODULE_ON_CLIENT_ENTER: 3004,
  MODULE_ON_CLIENT_EXIT: 3005,
  MODULE_ON_PLAYER_DEATH: 3009,
  MODULE_ON_PLAYER_DYING: 3010,
  AREA_ON_HEARTBEAT: 4000,
  AREA_ON_USER_DEFINED_EVENT: 4001,
  AREA_ON_ENTER: 4002,
  AREA_ON_EXIT: 4003,
  CREATURE_ON_HEARTBEAT: 5000,
  CREATURE_ON_NOTICE: 5001,
  CREATURE_ON_SPELLCASTAT: 5002,
  CREATURE_ON_MELEE_ATTACKED: 5003,
  CREATURE_ON_DAMAGED: 5004,
  CREATURE_ON_DISTURBED: 5005,
  CREATURE_ON_END_COMBATROUND: 5006,
  CREATURE_ON_DIALOGUE: 5007,
  CREATURE_ON_SPAWN_IN: 5008,
  CREATURE_ON_RESTED: 5009,
  CREATURE_ON_DEATH: 5010,
  CREATURE_ON_USER_DEFINED_EVENT: 5011,
  CREATURE_ON_BLOCKED_BY_DOOR: 5012,
  PLACEABLE_ON_HEARTBEAT: 9004,
  PLACEABLE_ON_USER_DEFINED_EVENT: 9013,
  DOOR_ON_HEARTBEAT: 10005,
  DOOR_ON_USERDEFINED: 10011,
  TRIGGER_ON_HEARTBEAT: 7000,
  TRIGGER_ON_USER_DEFINED_EVENT: 7003,
} as const;

/** The thousands of an EVENT_SCRIPT_* number say which kind of object has that hook. */
const KIND_OF_BLOCK: Readonly<Record<number, ObjectKind>> = {
  3: "module",
  4: "area",
  5: "creature",
  7: "trigger",
  9: "placeable",
  10: "door",
  11: "areaOfEffect",
  13: "encounter",
  14: "store",
};

/** Highest EVENT_SCRIPT_* number per block in nwscript.nss 8193.37. */
const BLOCK_LAST: Readonly<Record<number, number>> = {
  3: 3021,
  4: 4003,
  5: 5012,
  7: 7006,
  9: 9015,
  10: 10014,
  11: 11003,
  13: 13004,
  14: 14001,
};

/** Whether objects of `kind` have the hook `event` (SetEventScript fails otherwise). */
export function kindHasEvent(kind: ObjectKind, event: number): boolean {
  const block = Math.floor(event / 1000);
  return KIND_OF_BLOCK[block] === kind && event <= BLOCK_LAST[block]!;
}

/** The OnUserDefined hook of each kind (SignalEvent with EventUserDefined). */
export const USER_DEFINED_EVENT: Partial<Record<ObjectKind, number>> = {
  module: EVENT.MODULE_ON_USER_DEFINED_EVENT,
  area: EVENT.AREA_ON_USER_DEFINED_EVENT,
  creature: EVENT.CREATURE_ON_USER_DEFINED_EVENT,
  placeable: EVENT.PLACEABLE_ON_USER_DEFINED_EVENT,
  door: EVENT.DOOR_ON_USERDEFINED,
  trigger: EVENT.TRIGGER_ON_USER_DEFINED_EVENT,
  areaOfEffect: 11001,
  encounter: 13004,
};

/** Hook names of the world file, per kind. */
export const HOOK_NAMES: Readonly<Partial<Record<ObjectKind, Readonly<Record<string, number>>>>> = {
  module: {
    onHeartbeat: 3000,
    onUserDefined: 3001,
    onModuleLoad: 3002,
    onModuleStart: 3003,
    onClientEnter: 3004,
    onClientLeave: 3005,
    onActivateItem: 3006,
    onAcquireItem: 3007,
    onUnacquireItem: 3008,
    onPlayerDeath: 3009,
    onPlayerDying: 3010,
    onPlayerRespawn: 3011,
    onPlayerRest: 3012,
    onPlayerLevelUp: 3013,
    onCutsceneAbort: 3014,
    onPlayerEquipItem: 3015,
    onPlayerUnequipItem: 3016,
    onPlayerChat: 3017,
    onPlayerTarget: 3018,
    onPlayerGuiEvent: 3019,
    onPlayerTileAction: 3020,
    onNuiEvent: 3021,
  },
  area: { onHeartbeat: 4000, onUserDefined: 4001, onEnter: 4002, onExit: 4003 },
  creature: {
    onHeartbeat: 5000,
    onPerception: 5001,
    onSpellCastAt: 5002,
    onPhysicalAttacked: 5003,
    onDamaged: 5004,
    onDisturbed: 5005,
    onEndCombatRound: 5006,
    onDialogue: 5007,
    onSpawn: 5008,
    onRested: 5009,
    onDeath: 5010,
    onUserDefined: 5011,
    onBlocked: 5012,
  },
  placeable: {
    onClosed: 9000,
    onDamaged: 9001,
    onDeath: 9002,
    onDisarm: 9003,
    onHeartbeat: 9004,
    onInventoryDisturbed: 9005,
    onLock: 9006,
    onPhysicalAttacked: 9007,
    onOpen: 9008,
    onSpellCastAt: 9009,
    onTrapTriggered: 9010,
    onUnlock: 9011,
    onUsed: 9012,
    onUserDefined: 9013,
    onDialogue: 9014,
    onLeftClick: 9015,
  },
};
