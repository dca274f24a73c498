// Factions and reactions over factions.ts. Invalid objects: GetReputation -1, the GetIs* tests
// FALSE, the setters do nothing.
import { FACTION_PC, isFriendlyValue, isHostileValue } from "../factions.js";
import { bool } from "../numbers.js";
import type { GameObject } from "../objects.js";
import type { World } from "../world.js";
import { float, int, obj, type FunctionGroup, type Impl } from "./types.js";
import type { NwValue } from "../../values.js";

function pair(w: World, target: NwValue | undefined, source: NwValue | undefined): [GameObject, GameObject] | undefined {
  const t = w.lookup(obj(target));
  const s = w.lookup(obj(source));
  return t && s ? [s, t] : undefined;
}

/** GetIs*(oTarget, oSource): how the source regards the target. */
function reactionTest(test: (rep: number) => boolean): Impl {
  return (w, [target, source]) => {
    const p = pair(w, target, source);
    return bool(p !== undefined && test(w.factions.reputation(p[0], p[1])));
  };
}

const neutral = (v: number): boolean => !isHostileValue(v) && !isFriendlyValue(v);

/** SetIsTemporary*(oTarget, oSource, bDecays, fDuration): personal reputation of source → target. */
function temporary(amount: (w: World, s: GameObject, t: GameObject) => number): Impl {
  return (w, [target, source, decays, duration]) => {
    const p = pair(w, target, source);
    if (!p) return undefined;
    w.factions.setPersonal(p[0], p[1], {
      kind: "adjust",
      amount: amount(w, p[0], p[1]),
      startMs: w.clock.nowMs,
      durationMs: int(decays) ? Math.round(float(duration) * 1000) : undefined,
    });
    return undefined;
  };
}

/** STANDARD_FACTION_n → faction id, or undefined when out of range. */
const standard = (n: number): number | undefined => (n >= 0 && n <= 3 ? n + 1 : undefined);

export const factionFunctions: FunctionGroup = {
  GetReputation: (w, [source, target]) => {
    const s = w.lookup(obj(source));
    const t = w.lookup(obj(target));
    return s && t ? w.factions.reputation(s, t) : -1;
  },
  GetIsReactionTypeHostile: reactionTest(isHostileValue),
  GetIsReactionTypeFriendly: reactionTest(isFriendlyValue),
  GetIsReactionTypeNeutral: reactionTest(neutral),
  GetIsEnemy: reactionTest(isHostileValue),
  GetIsFriend: reactionTest(isFriendlyValue),
  GetIsNeutral: reactionTest(neutral),
  GetFactionEqual: (w, [a, b]) => {
    const x = w.lookup(obj(a));
    const y = w.lookup(obj(b));
    if (!x || !y) return 0;
    // Each PC is its own party here: PCs share a faction only with themselves.
    if (x.isPC || y.isPC) return bool(x === y);
    return bool(x.faction === y.faction);
  },
  ChangeToStandardFaction: (w, [c, n]) => {
    const t = w.lookup(obj(c));
    const f = standard(int(n));
    if (t && !t.isPC && t.kind === "creature" && f !== undefined) t.faction = f;
    return undefined;
  },
  ChangeFaction: (w, [c, member]) => {
    const t = w.lookup(obj(c));
    const m = w.lookup(obj(member));
    if (t && m && !t.isPC && !m.isPC) t.faction = m.faction;
    return undefined;
  },
  GetStandardFactionReputation: (w, [n, c]) => {
    const t = w.lookup(obj(c));
    const f = standard(int(n));
    return t && f !== undefined ? w.factions.standing(f, t) : -1;
  },
  SetStandardFactionReputation: (w, [n, rep, c]) => {
    const t = w.lookup(obj(c));
    const f = standard(int(n));
    if (t && f !== undefined) w.factions.setStanding(f, t, int(rep));
    return undefined;
  },
  AdjustReputation: (w, [target, member, n]) => {
    const t = w.lookup(obj(target));
    const m = w.lookup(obj(member));
    if (!t || !m || m.isPC || m.faction === FACTION_PC) return undefined;
    w.factions.setStanding(m.faction, t, w.factions.standing(m.faction, t) + int(n));
    return undefined;
  },
  SetIsTemporaryEnemy: temporary(() => -100),
  SetIsTemporaryFriend: temporary(() => 100),
  SetIsTemporaryNeutral: temporary((w, s, t) => 50 - w.factions.factionReputation(s, t)),
  ClearPersonalReputation: (w, [target, source]) => {
    const p = pair(w, target, source);
    if (p) w.factions.clearPersonal(p[0], p[1]);
    return undefined;
  },
};
