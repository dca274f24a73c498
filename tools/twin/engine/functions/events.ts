// Event hooks: what the GetLast* functions answer (stored on the object that got the event, see
// objects.ts EventMemory), event scripts, SignalEvent.
import { OBJECT_INVALID, type NwObject } from "../../values.js";
import { kindHasEvent } from "../event-names.js";
import type { EventMemory, GameObject } from "../objects.js";
import { bool } from "../numbers.js";
import type { World } from "../world.js";
import { int, obj, str, type FunctionGroup, type Impl } from "./types.js";

/** The script engine's `event` structure (EventUserDefined, EventSpellCastAt). */
export class NwEvent {
  constructor(readonly signal: (world: World, target: GameObject) => void) {}
}

/** A GetLast* answer about OBJECT_SELF. */
function ofSelf<K extends keyof EventMemory>(key: K, empty: EventMemory[K]): Impl {
  return (w) => (w.lookup(w.self)?.last[key] ?? empty) as EventMemory[K] & (number | NwObject);
}

/** A GetLast* answer about the object argument (default OBJECT_SELF). */
function ofArg<K extends keyof EventMemory>(key: K, empty: EventMemory[K]): Impl {
  return (w, [o]) => (w.lookup(obj(o))?.last[key] ?? empty) as EventMemory[K] & (number | NwObject);
}

const perceptionIs = (kind: EventMemory["perception"]): Impl => (w) => bool(w.lookup(w.self)?.last.perception === kind);

export const eventFunctions: FunctionGroup = {
  GetEnteringObject: ofSelf("entering", OBJECT_INVALID),
  GetExitingObject: ofSelf("exiting", OBJECT_INVALID),
  GetLastPerceived: ofSelf("perceived", OBJECT_INVALID),
  GetLastPerceptionSeen: perceptionIs("seen"),
  GetLastPerceptionVanished: perceptionIs("vanished"),
  GetLastPerceptionHeard: perceptionIs("heard"),
  GetLastPerceptionInaudible: perceptionIs("inaudible"),
  GetObjectSeen: (w, [target, source]) => bool(w.lookup(obj(source))?.perceives.get(obj(target).id)?.seen ?? false),
  GetObjectHeard: (w, [target, source]) => bool(w.lookup(obj(source))?.perceives.get(obj(target).id)?.heard ?? false),
  GetLastAttacker: ofArg("attacker", OBJECT_INVALID),
  GetLastDamager: ofArg("damager", OBJECT_INVALID),
  GetLastHostileActor: ofArg("hostileActor", OBJECT_INVALID),
  GetTotalDamageDealt: ofSelf("totalDamage", 0),
  GetLastSpellCaster: ofSelf("spellCaster", OBJECT_INVALID),
  GetLastSpell: ofSelf("spellId", -1),
  GetLastSpellHarmful: ofSelf("spellHarmful", 0),
  GetLastSpeaker: ofSelf("speaker", OBJECT_INVALID),
  GetPCSpeaker: (w) => {
    const speaker = w.lookup(w.self)?.last.speaker ?? OBJECT_INVALID;
    return w.lookup(speaker)?.isPC ? speaker : OBJECT_INVALID;
  },
  GetListenPatternNumber: ofSelf("listenPattern", -1),
  GetLastKiller: ofSelf("killer", OBJECT_INVALID),
  GetLastPlayerDied: (w) => w.module.last.playerDied,
  GetLastPlayerDying: (w) => w.module.last.playerDying,
  GetUserDefinedEventNumber: ofSelf("userDefined", 0),
  GetCurrentlyRunningEvent: (w, [inherit]) => (int(inherit) ? w.eventContext.event : w.eventContext.own),
  GetEventScript: (w, [o, event]) => {
    const t = w.lookup(obj(o));
    return t?.eventScripts.get(int(event)) ?? "";
  },
  SetEventScript: (w, [o, event, script]) => {
    const t = w.lookup(obj(o));
    if (!t || !kindHasEvent(t.kind, int(event))) return 0;
    t.eventScripts.set(int(event), str(script));
    return 1;
  },
  EventUserDefined: (_w, [n]) =>
    new NwEvent((world, target) => world.userDefined(target.handle, int(n))),
  EventSpellCastAt: (_w, [caster, spell, harmful]) =>
    new NwEvent((world, target) => world.castSpellAt(target.handle, obj(caster), int(spell), int(harmful) !== 0)),
  // The event is queued to the target and runs after the current script, as in the game.
  SignalEvent: (w, [o, e]) => {
    const t = w.lookup(obj(o));
    if (t && e instanceof NwEvent) w.schedule(0, t.handle, { run: () => e.signal(w, t) });
    return undefined;
  },
};
