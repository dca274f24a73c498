// Event hooks: GetLast* answers, area enter/exit counting, signals, ExecuteScript, script errors.
import { describe, expect, it } from "vitest";
import { EVENT, World } from "../../tools/twin/engine/index.js";
import { OBJECT_INVALID, ScriptError, type NwObject } from "../../tools/twin/values.js";
import { act, call } from "./helpers.js";

const OBJECT_TYPE_CREATURE = 1;

/** The seed's PC count: creatures in the area that are PCs. */
function countPlayersInArea(w: World, area: NwObject): number {
  let n = 0;
  for (let o = call(w, "GetFirstObjectInArea", area, OBJECT_TYPE_CREATURE) as NwObject; o.valid; o = call(w, "GetNextObjectInArea", area, OBJECT_TYPE_CREATURE) as NwObject) {
    if (call(w, "GetIsPC", o)) n++;
  }
  return n;
}

const id = (o: unknown) => (o as NwObject).id;

describe("creature events", () => {
  function setup() {
    const w = new World();
    const a = w.createArea({ tag: "A" });
    const hooks = new Map<number, string>(
      [EVENT.CREATURE_ON_SPAWN_IN, EVENT.CREATURE_ON_NOTICE, EVENT.CREATURE_ON_DAMAGED, EVENT.CREATURE_ON_MELEE_ATTACKED, EVENT.CREATURE_ON_SPELLCASTAT, EVENT.CREATURE_ON_DEATH, EVENT.CREATURE_ON_DIALOGUE, EVENT.CREATURE_ON_END_COMBATROUND, EVENT.CREATURE_ON_USER_DEFINED_EVENT, EVENT.CREATURE_ON_HEARTBEAT].map((e) => [e, `h_${e}`]),
    );
    const npc = w.createCreature({ tag: "NPC", area: a, hp: 10, faction: 2, scripts: hooks });
    const pc = w.createCreature({ tag: "PC", area: a, isPC: true });
    const seen: string[] = [];
    for (const [event, name] of hooks) {
      w.registerScript(name, (world) => {
        expect(world.self.id).toBe(npc.id);
        seen.push(`${event} running=${call(world, "GetCurrentlyRunningEvent", 1)}`);
      });
    }
    return { w, a, npc, pc, seen };
  }

  it("each scenario step runs its hook once, with OBJECT_SELF the creature", () => {
    const { w, npc, pc, seen } = setup();
    w.spawn(npc);
    w.perceive(npc, pc, "seen");
    w.attack(npc, pc);
    w.castSpellAt(npc, pc, 27);
    w.speak(npc, pc);
    w.endCombatRound(npc);
    w.heartbeat();
    expect(seen).toEqual(
      [5008, 5001, 5003, 5002, 5007, 5006, 5000].map((e) => `${e} running=${e}`),
    );
  });

  it("GetLast* answer about the event", () => {
    const { w, npc, pc } = setup();
    const answers: Record<string, unknown> = {};
    w.registerScript("h_5001", (world) => {
      answers.perceived = id(call(world, "GetLastPerceived"));
      answers.seen = call(world, "GetLastPerceptionSeen");
      answers.vanished = call(world, "GetLastPerceptionVanished");
      answers.objectSeen = call(world, "GetObjectSeen", pc, world.self);
    });
    w.perceive(npc, pc, "seen");
    expect(answers).toEqual({ perceived: pc.id, seen: 1, vanished: 0, objectSeen: 1 });
    w.perceive(npc, pc, "vanished");
    expect(answers).toEqual({ perceived: pc.id, seen: 0, vanished: 1, objectSeen: 0 });

    w.registerScript("h_5004", (world) => {
      answers.damager = id(call(world, "GetLastDamager", world.self));
      answers.total = call(world, "GetTotalDamageDealt");
      answers.hp = call(world, "GetCurrentHitPoints", world.self);
    });
    w.damage(npc, pc, 4);
    expect(answers).toMatchObject({ damager: pc.id, total: 4, hp: 6 });

    w.registerScript("h_5002", (world) => {
      answers.caster = id(call(world, "GetLastSpellCaster"));
      answers.spell = call(world, "GetLastSpell");
      answers.harmful = call(world, "GetLastSpellHarmful");
    });
    w.castSpellAt(npc, pc, 27, false);
    expect(answers).toMatchObject({ caster: pc.id, spell: 27, harmful: 0 });

    w.registerScript("h_5007", (world) => {
      answers.speaker = id(call(world, "GetLastSpeaker"));
      answers.pcSpeaker = id(call(world, "GetPCSpeaker"));
      answers.pattern = call(world, "GetListenPatternNumber");
    });
    w.speak(npc, pc);
    expect(answers).toMatchObject({ speaker: pc.id, pcSpeaker: pc.id, pattern: -1 });

    w.registerScript("h_5003", (world) => (answers.attacker = id(call(world, "GetLastAttacker", world.self))));
    w.attack(npc, pc);
    expect(answers.attacker).toBe(pc.id);
    // The answers stay on the creature after the event, as in the game.
    expect(id(call(w, "GetLastAttacker", npc))).toBe(pc.id);
  });

  it("damage to 0 kills: OnDamaged then OnDeath with the killer; a dead creature takes no more", () => {
    const { w, npc, pc, seen } = setup();
    let killer: unknown;
    w.registerScript("h_5010", (world) => {
      seen.push("death");
      killer = id(call(world, "GetLastKiller"));
    });
    w.damage(npc, pc, 12);
    expect(seen).toEqual(["5004 running=5004", "death"]);
    expect(killer).toBe(pc.id);
    expect(call(w, "GetIsDead", npc)).toBe(1);
    w.damage(npc, pc, 1);
    w.kill(npc, pc);
    expect(seen).toHaveLength(2);
  });

  it("a PC at 0 is dying, at -10 dead (module hooks)", () => {
    const w = new World();
    const pc = w.createCreature({ isPC: true, hp: 5 });
    w.module.eventScripts.set(EVENT.MODULE_ON_PLAYER_DYING, "dying");
    w.module.eventScripts.set(EVENT.MODULE_ON_PLAYER_DEATH, "death");
    const log: string[] = [];
    w.registerScript("dying", (world) => log.push(`dying ${id(call(world, "GetLastPlayerDying")) === pc.id}`));
    w.registerScript("death", (world) => log.push(`died ${id(call(world, "GetLastPlayerDied")) === pc.id}`));
    w.damage(pc, OBJECT_INVALID, 6);
    expect(call(w, "GetIsDead", pc)).toBe(1);
    w.damage(pc, OBJECT_INVALID, 20);
    expect(log).toEqual(["dying true", "died true"]);
  });

  it("SignalEvent(EventUserDefined) runs after the current script, with the number", () => {
    const { w, npc, seen } = setup();
    let n = 0;
    w.registerScript("h_5011", (world) => (n = call(world, "GetUserDefinedEventNumber") as number));
    w.runScript(w.module.handle, () => {
      call(w, "SignalEvent", npc, call(w, "EventUserDefined", 1007)!);
      expect(n).toBe(0);
    });
    w.runUntilIdle();
    expect(n).toBe(1007);
    expect(seen).toEqual([]);
  });
});

describe("area enter and exit", () => {
  function setup() {
    const w = new World();
    const a = w.createArea({ tag: "A", scripts: { [EVENT.AREA_ON_ENTER]: "enter", [EVENT.AREA_ON_EXIT]: "exit" } });
    const b = w.createArea({ tag: "B", scripts: { [EVENT.AREA_ON_ENTER]: "enter", [EVENT.AREA_ON_EXIT]: "exit" } });
    const pc = w.createCreature({ tag: "PC", isPC: true });
    const npc = w.createCreature({ tag: "NPC" });
    const log: string[] = [];
    const note = (what: string) => (world: World) => {
      const area = world.self;
      const who = call(world, what === "enter" ? "GetEnteringObject" : "GetExitingObject") as NwObject;
      const whereIsWho = call(world, "GetArea", who) as NwObject;
      log.push(`${what} ${call(world, "GetTag", area)} ${call(world, "GetTag", who)} players=${countPlayersInArea(world, area)} inArea=${whereIsWho.id === area.id}`);
    };
    w.registerScript("enter", note("enter"));
    w.registerScript("exit", note("exit"));
    return { w, a, b, pc, npc, log };
  }

  it("OnEnter counts the entering object; OnExit still counts the exiting one", () => {
    const { w, a, b, pc, npc, log } = setup();
    w.enterArea(pc, a);
    w.enterArea(npc, a);
    w.enterArea(pc, b);
    w.enterArea(npc, b);
    expect(log).toEqual([
      "enter A PC players=1 inArea=true",
      "enter A NPC players=1 inArea=true",
      "exit A PC players=1 inArea=true",
      "enter B PC players=1 inArea=true",
      "exit A NPC players=0 inArea=true",
      "enter B NPC players=1 inArea=true",
    ]);
    expect(countPlayersInArea(w, a)).toBe(0);
  });

  it("clientEnter / clientLeave: module hooks around the area hooks", () => {
    const { w, a, pc, log } = setup();
    w.module.eventScripts.set(EVENT.MODULE_ON_CLIENT_ENTER, "client_enter");
    w.module.eventScripts.set(EVENT.MODULE_ON_CLIENT_EXIT, "client_leave");
    w.registerScript("client_enter", (world) => log.push(`client enter ${call(world, "GetTag", call(world, "GetEnteringObject")!)}`));
    w.registerScript("client_leave", (world) => {
      const who = call(world, "GetExitingObject") as NwObject;
      log.push(`client leave ${call(world, "GetTag", who)} firstPC=${id(call(world, "GetFirstPC")) === who.id}`);
    });
    w.clientEnter(pc, a);
    w.clientLeave(pc);
    expect(log).toEqual(["client enter PC", "enter A PC players=1 inArea=true", "exit A PC players=1 inArea=true", "client leave PC firstPC=true"]);
    expect(call(w, "GetIsObjectValid", pc)).toBe(0);
    expect(call(w, "GetFirstPC")).toBe(OBJECT_INVALID);
  });

  it("start(): OnSpawn of each NPC, then OnModuleLoad", () => {
    const w = new World();
    const log: string[] = [];
    w.createCreature({ tag: "N1", scripts: { [EVENT.CREATURE_ON_SPAWN_IN]: "spawn" } });
    w.createCreature({ tag: "N2", scripts: { [EVENT.CREATURE_ON_SPAWN_IN]: "spawn" } });
    w.module.eventScripts.set(EVENT.MODULE_ON_MODULE_LOAD, "load");
    w.registerScript("spawn", (world) => log.push(`spawn ${call(world, "GetTag", world.self)}`));
    w.registerScript("load", () => log.push("load"));
    w.start();
    expect(log).toEqual(["spawn N1", "spawn N2", "load"]);
  });
});

describe("scripts", () => {
  it("Set/GetEventScript accept only the object's own hooks", () => {
    const w = new World();
    const npc = w.createCreature();
    const area = w.createArea();
    expect(call(w, "SetEventScript", npc, EVENT.CREATURE_ON_DEATH, "d")).toBe(1);
    expect(call(w, "GetEventScript", npc, EVENT.CREATURE_ON_DEATH)).toBe("d");
    expect(call(w, "SetEventScript", npc, EVENT.AREA_ON_ENTER, "x")).toBe(0);
    expect(call(w, "SetEventScript", area, EVENT.AREA_ON_ENTER, "x")).toBe(1);
    expect(call(w, "SetEventScript", w.module.handle, EVENT.MODULE_ON_CLIENT_ENTER, "x")).toBe(1);
    expect(call(w, "SetEventScript", area, 4004, "x")).toBe(0);
    expect(call(w, "GetEventScript", npc, EVENT.CREATURE_ON_SPAWN_IN)).toBe("");
  });

  it("ExecuteScript runs now with the target as OBJECT_SELF, inheriting the event only when asked", () => {
    const w = new World();
    const npc = w.createCreature({ tag: "N", scripts: { [EVENT.CREATURE_ON_DIALOGUE]: "talk" } });
    const log: string[] = [];
    w.registerScript("child", (world) =>
      log.push(`child self=${call(world, "GetTag", world.self)} inherited=${call(world, "GetCurrentlyRunningEvent", 1)} own=${call(world, "GetCurrentlyRunningEvent", 0)}`),
    );
    w.registerScript("talk", (world) => {
      call(world, "ExecuteScript", "CHILD", world.self);
      log.push("after child");
    });
    w.speak(npc, OBJECT_INVALID);
    expect(log).toEqual(["child self=N inherited=5007 own=0", "after child"]);
  });

  it("a missing script is logged (or thrown with strictScripts)", () => {
    const w = new World();
    w.runScript(w.module.handle, () => call(w, "ExecuteScript", "nope", w.module.handle));
    expect(w.log).toEqual(['no script named "nope" is registered']);
    const strict = new World({ strictScripts: true });
    expect(() => strict.runScript(strict.module.handle, () => call(strict, "ExecuteScript", "nope", strict.module.handle))).toThrow(/nope/);
  });

  it("a script error stops only that run; the world records it and goes on", () => {
    const w = new World();
    w.runScript(w.module.handle, () => {
      call(w, "DelayCommand", Math.fround(1), act(() => {
        throw new ScriptError("Divide by zero");
      }));
      call(w, "DelayCommand", Math.fround(2), act(() => call(w, "PrintString", "still running")));
    });
    w.runUntilIdle();
    expect(w.printed).toEqual(["still running"]);
    expect(w.scriptFailures.map((f) => [f.timeMs, f.error.message])).toEqual([[1000, "Divide by zero"]]);
    expect(call(w, "GetCurrentlyRunningEvent", 1)).toBe(0);
  });
});
