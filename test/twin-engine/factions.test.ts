// Reputation and reactions: faction standings, per-PC standings, asymmetric personal reactions.
import { describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { call } from "./helpers.js";

const STANDARD_FACTION_HOSTILE = 0;
const STANDARD_FACTION_COMMONER = 1;
const STANDARD_FACTION_DEFENDER = 3;

function setup() {
  const w = new World();
  const a = w.createArea({ tag: "A" });
  const goblin = w.createCreature({ tag: "GOB", area: a, faction: 1 });
  const farmer = w.createCreature({ tag: "FARMER", area: a, faction: 2 });
  const guard = w.createCreature({ tag: "GUARD", area: a, faction: 4 });
  const pc = w.createCreature({ tag: "PC", area: a, isPC: true });
  return { w, goblin, farmer, guard, pc };
}

const hostile = (w: World, target: unknown, source: unknown) => call(w, "GetIsReactionTypeHostile", target as never, source as never);

describe("reactions", () => {
  it("standard factions: hostile to everyone else, commoners and defenders friends, PCs neutral", () => {
    const { w, goblin, farmer, guard, pc } = setup();
    expect(hostile(w, farmer, goblin)).toBe(1);
    expect(hostile(w, goblin, guard)).toBe(1);
    expect(call(w, "GetIsReactionTypeFriendly", guard, farmer)).toBe(1);
    expect(call(w, "GetIsReactionTypeNeutral", pc, farmer)).toBe(1);
    expect(hostile(w, pc, goblin)).toBe(1);
    // A PC regards an NPC the way the NPC's faction regards the PC.
    expect(hostile(w, goblin, pc)).toBe(1);
    expect(call(w, "GetReputation", farmer, pc)).toBe(50);
    expect(call(w, "GetReputation", goblin, goblin)).toBe(100);
    expect(call(w, "GetReputation", goblin, w.module.handle)).not.toBe(-1);
    expect(call(w, "GetReputation", goblin, { id: 12345, valid: true } as never)).toBe(-1);
    expect(hostile(w, goblin, { id: 0x7f000000, valid: false } as never)).toBe(0);
  });

  it("setPersonalReaction makes hostility one-sided (charm)", () => {
    const { w, goblin, pc } = setup();
    w.setPersonalReaction(goblin, pc, 100); // the charmed goblin likes the PC
    expect(call(w, "GetIsReactionTypeFriendly", pc, goblin)).toBe(1);
    expect(hostile(w, pc, goblin)).toBe(0);
    expect(hostile(w, goblin, pc)).toBe(1); // the PC still sees a hostile goblin
    w.clearPersonalReaction(goblin, pc);
    expect(hostile(w, pc, goblin)).toBe(1);
  });

  it("SetIsTemporaryEnemy: only the source's view changes; decaying enmity wears off", () => {
    const { w, farmer, guard } = setup();
    w.runScript(guard, () => call(w, "SetIsTemporaryEnemy", farmer, guard, 1, Math.fround(10)));
    expect(hostile(w, farmer, guard)).toBe(1);
    expect(hostile(w, guard, farmer)).toBe(0);
    w.advance(5);
    expect(call(w, "GetReputation", guard, farmer)).toBe(50);
    w.advance(5);
    expect(call(w, "GetReputation", guard, farmer)).toBe(100);
    call(w, "SetIsTemporaryNeutral", farmer, guard, 0, Math.fround(180));
    expect(call(w, "GetIsReactionTypeNeutral", farmer, guard)).toBe(1);
    call(w, "ClearPersonalReputation", farmer, guard);
    expect(call(w, "GetReputation", guard, farmer)).toBe(100);
  });

  it("faction changes, faction equality and standard faction standings", () => {
    const { w, goblin, farmer, guard, pc } = setup();
    expect(call(w, "GetFactionEqual", goblin, farmer)).toBe(0);
    call(w, "ChangeToStandardFaction", goblin, STANDARD_FACTION_COMMONER);
    expect(call(w, "GetFactionEqual", goblin, farmer)).toBe(1);
    expect(hostile(w, farmer, goblin)).toBe(0);
    call(w, "ChangeToStandardFaction", pc, STANDARD_FACTION_HOSTILE);
    expect(call(w, "GetIsReactionTypeNeutral", pc, farmer)).toBe(1);
    call(w, "ChangeFaction", goblin, guard);
    expect(call(w, "GetFactionEqual", goblin, guard)).toBe(1);
    expect(call(w, "GetFactionEqual", pc, pc)).toBe(1);
    // How the defenders feel about this one PC.
    call(w, "SetStandardFactionReputation", STANDARD_FACTION_DEFENDER, 5, pc);
    expect(hostile(w, pc, guard)).toBe(1);
    expect(call(w, "GetStandardFactionReputation", STANDARD_FACTION_DEFENDER, pc)).toBe(5);
    expect(call(w, "GetStandardFactionReputation", STANDARD_FACTION_COMMONER, pc)).toBe(50);
    call(w, "AdjustReputation", pc, farmer, -45);
    expect(hostile(w, pc, farmer)).toBe(1);
  });
});
