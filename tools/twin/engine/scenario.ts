// Scenario steps a test drives the world with: the things players and the game's own systems do
// (moving between areas, combat, perception, conversation, spells), each firing the same hooks
// in the same order as the game.
import type { NwObject, NwVector } from "../values.js";
import { EVENT, USER_DEFINED_EVENT } from "./event-names.js";
import { fireEvent, need } from "./events.js";
import type { GameObject, PerceptionKind } from "./objects.js";
import type { World } from "./world.js";

/**
 * Moves a creature into an area. Counting rule (see docs/twin-world.md): the old area's OnExit runs
 * while the creature is still in that area (GetArea, GetFirst/NextObjectInArea and the PC count
 * still include it); then it leaves; then it joins the new area, and the new area's OnEnter runs
 * with the creature already in the area's object list.
 */
export function enterArea(world: World, creature: NwObject, area: NwObject, position?: NwVector): void {
  const c = need(world, creature, "enterArea");
  const a = need(world, area, "enterArea");
  if (a.kind !== "area") throw new Error(`enterArea: object ${a.id.toString(16)} is not an area`);
  leaveArea(world, c);
  if (c.destroyed) return;
  if (position) c.position = { ...position };
  world.placeInArea(c, a);
  fireEvent(world, a, EVENT.AREA_ON_ENTER, { entering: c.handle });
}

/** Takes an object out of its area, firing the area's OnExit first (the object still counted). */
export function leaveArea(world: World, obj: GameObject): void {
  const old = obj.area;
  if (!old) return;
  fireEvent(world, old, EVENT.AREA_ON_EXIT, { exiting: obj.handle });
  world.removeFromArea(obj);
}

/** OnPhysicalAttacked on the target (the attack itself, hit or miss). */
export function attack(world: World, target: NwObject, attacker: NwObject): void {
  const t = need(world, target, "attack");
  fireEvent(world, t, EVENT.CREATURE_ON_MELEE_ATTACKED, { attacker, hostileActor: attacker });
}

/**
 * Damage: hit points go down, OnDamaged runs; an NPC at 0 or less dies (OnDeath). A PC at 0..-9
 * is dying (module OnPlayerDying), at -10 or less dead (module OnPlayerDeath); both count as dead
 * for GetIsDead.
 */
export function damage(world: World, target: NwObject, attacker: NwObject, amount: number): void {
  const t = need(world, target, "damage");
  if (t.dead && (!t.isPC || t.hp <= -10)) return;
  const before = t.hp;
  t.hp -= amount;
  fireEvent(world, t, EVENT.CREATURE_ON_DAMAGED, { damager: attacker, totalDamage: amount, hostileActor: attacker });
  if (t.hp <= 0) die(world, t, attacker, before);
}

/** Kills the target outright (hit points to 0 for NPCs, -10 for PCs) with `killer` as the killer. */
export function kill(world: World, target: NwObject, killer: NwObject): void {
  const t = need(world, target, "kill");
  const before = t.hp;
  if (t.isPC) t.hp = Math.min(t.hp, -10);
  else t.hp = Math.min(t.hp, 0);
  die(world, t, killer, before);
}

/** Death after hit points went from `before` to t.hp (<= 0). */
function die(world: World, t: GameObject, killer: NwObject, before: number): void {
  if (t.isPC) {
    t.dead = true;
    if (t.hp <= -10) {
      if (before > -10) fireEvent(world, world.module, EVENT.MODULE_ON_PLAYER_DEATH, { playerDied: t.handle });
    } else if (before > 0) {
      fireEvent(world, world.module, EVENT.MODULE_ON_PLAYER_DYING, { playerDying: t.handle });
    }
    return;
  }
  if (t.dead) return;
  t.dead = true;
  fireEvent(world, t, EVENT.CREATURE_ON_DEATH, { killer });
}

/** A perception event of `npc` about `other`; GetObjectSeen/Heard follow it. */
export function perceive(world: World, npc: NwObject, other: NwObject, kind: PerceptionKind): void {
  const n = need(world, npc, "perceive");
  const o = need(world, other, "perceive");
  const p = n.perceives.get(o.id) ?? { seen: false, heard: false };
  if (kind === "seen") p.seen = true;
  else if (kind === "vanished") p.seen = false;
  else if (kind === "heard") p.heard = true;
  else p.heard = false;
  if (p.seen || p.heard) n.perceives.set(o.id, p);
  else n.perceives.delete(o.id);
  fireEvent(world, n, EVENT.CREATURE_ON_NOTICE, { perceived: o.handle, perception: kind });
}

/** OnSpellCastAt on the target. */
export function castSpellAt(world: World, target: NwObject, caster: NwObject, spellId: number, harmful = true): void {
  const t = need(world, target, "castSpellAt");
  fireEvent(world, t, EVENT.CREATURE_ON_SPELLCASTAT, {
    spellCaster: caster,
    spellId,
    spellHarmful: harmful ? 1 : 0,
    ...(harmful ? { hostileActor: caster } : {}),
  });
}

/** OnDialogue (OnConversation) on the NPC; listenPattern -1 is a click to talk. */
export function speak(world: World, npc: NwObject, speaker: NwObject, listenPattern = -1): void {
  const n = need(world, npc, "speak");
  fireEvent(world, n, EVENT.CREATURE_ON_DIALOGUE, { speaker, listenPattern });
}

/** OnUserDefined of the object's kind, with GetUserDefinedEventNumber = eventNumber. */
export function userDefined(world: World, target: NwObject, eventNumber: number): void {
  const t = need(world, target, "userDefined");
  const event = USER_DEFINED_EVENT[t.kind];
  if (event !== undefined) fireEvent(world, t, event, { userDefined: eventNumber });
}
