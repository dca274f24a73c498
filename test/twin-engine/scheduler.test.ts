// Scheduler ordering, reproducing the conformance corpus with JS actions that print.
import { describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { act, call, expectedLines } from "./helpers.js";

const say = (w: World, s: string) => act(() => call(w, "PrintString", s));
const delay = (w: World, seconds: number, a: { run(): void }) => call(w, "DelayCommand", Math.fround(seconds), a);

describe("scheduler ordering (conformance corpus)", () => {
  it("r_delay_order: by delay, after main", () => {
    const w = new World();
    w.runMain(() => {
      delay(w, 3, say(w, "three"));
      delay(w, 1, say(w, "one"));
      delay(w, 2, say(w, "two"));
      delay(w, 0.5, say(w, "half"));
      call(w, "PrintString", "main end");
    });
    expect(w.printed).toEqual(expectedLines("r_delay_order"));
  });

  it("r_delay_equal: equal delays in scheduling order", () => {
    const w = new World();
    w.runMain(() => {
      delay(w, 1, say(w, "a"));
      delay(w, 1, say(w, "b"));
      delay(w, 0, say(w, "zero1"));
      delay(w, 1, say(w, "c"));
      delay(w, 0, say(w, "zero2"));
    });
    expect(w.printed).toEqual(expectedLines("r_delay_equal"));
  });

  it("r_delay_nested: a nested delay counts from when the outer command runs", () => {
    const w = new World();
    const outer = (tag: string) =>
      act(() => {
        call(w, "PrintString", `outer ${tag}`);
        delay(w, 1, say(w, `inner ${tag}`));
      });
    w.runMain(() => {
      delay(w, 1, outer("x"));
      delay(w, 1.5, say(w, "at 1.5"));
      delay(w, 2.5, say(w, "at 2.5"));
      delay(w, 0.5, outer("y"));
    });
    expect(w.printed).toEqual(expectedLines("r_delay_nested"));
  });

  it("r_assign_delay: a delay inside an assigned command keeps the assigned OBJECT_SELF", () => {
    const w = new World();
    const report = (tag: string) =>
      act(() => call(w, "PrintString", `${tag} module=${w.self.id === w.module.id ? 1 : 0}`));
    w.runMain(() => {
      call(w, "AssignCommand", call(w, "GetModule")!, act(() => {
        report("assigned").run();
        delay(w, 1, report("delayed"));
      }));
      delay(w, 0.5, report("plain"));
    });
    expect(w.printed).toEqual(expectedLines("r_assign_delay"));
  });

  it("r_assign_self: AssignCommand runs after main with the target as OBJECT_SELF", () => {
    const w = new World();
    const mark = () => {
      call(w, "PrintString", `self is module: ${w.self.id === w.module.id ? 1 : 0}`);
      call(w, "SetLocalInt", w.self, "marked", 1);
    };
    w.runMain(() => {
      const m = call(w, "GetModule")!;
      call(w, "AssignCommand", m, act(mark));
      call(w, "PrintString", `marked before: ${call(w, "GetLocalInt", m, "marked")}`);
      mark();
      delay(w, 1, act(() => call(w, "PrintString", `marked later: ${call(w, "GetLocalInt", m, "marked")}`)));
    });
    expect(w.printed).toEqual(expectedLines("r_assign_self"));
  });

  it("advance() runs only what is due and moves the clock", () => {
    const w = new World();
    w.runScript(w.module.handle, () => {
      delay(w, 2, say(w, "two"));
      delay(w, 5, say(w, "five"));
    });
    w.advance(3);
    expect(w.printed).toEqual(["two"]);
    expect(w.now).toBe(3);
    w.advance(2);
    expect(w.printed).toEqual(["two", "five"]);
  });

  it("runUntilIdle stops a command loop with a clear error", () => {
    const w = new World();
    const loop = (): { run(): void } => act(() => delay(w, 1, loop()));
    w.runScript(w.module.handle, () => delay(w, 1, loop()));
    expect(() => w.runUntilIdle(50)).toThrow(/more than 50 commands/);
  });

  it("ActionDoCommand runs queued commands in order after the script; ClearAllActions drops them", () => {
    const w = new World();
    w.runScript(w.module.handle, () => {
      call(w, "ActionDoCommand", say(w, "first"));
      call(w, "ActionWait", Math.fround(2));
      call(w, "ActionDoCommand", say(w, "after wait"));
      call(w, "PrintString", "script end");
    });
    w.advance(1);
    expect(w.printed).toEqual(["script end", "first"]);
    w.advance(2);
    expect(w.printed).toEqual(["script end", "first", "after wait"]);
    w.runScript(w.module.handle, () => {
      call(w, "ActionDoCommand", say(w, "never"));
      call(w, "ClearAllActions", 0, w.module.handle);
    });
    w.runUntilIdle();
    expect(w.printed).toHaveLength(3);
  });
});
