// Subset code imported by a test runs with NWScript's meaning (vitest plugin → twin transform).
import { beforeEach, describe, expect, it } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import { installEngine } from "../../tools/twin/node/engine-globals.js";
import * as S from "./subset/twin_semantics.js";

describe("twin semantics of subset modules", () => {
  let world: World;
  beforeEach(() => {
    world = new World({ seed: 3 });
    installEngine(world);
  });

  it("int division truncates toward zero", () => {
    expect(S.Half(7)).toBe(3);
    expect(S.Half(-7)).toBe(-3);
  });

  it("int arithmetic wraps at 32 bits", () => {
    expect(S.Wrap(3)).toBe(3); // 3 * 2^32 wraps to 0
    expect(S.Wrap(2147483647)).toBe(2147483647);
  });

  it(">> shifts the magnitude of a negative value, as the VM does", () => {
    expect(S.Shift(-7)).toBe(-3);
  });

  it("&& yields 0 or 1", () => {
    expect(S.BothTrue(5, 3)).toBe(1);
    expect(S.BothTrue(5, 0)).toBe(0);
  });

  it("structs are copied on assignment", () => {
    expect(S.CopyOnAssign()).toBe("12");
  });

  it("floats are 32-bit", () => {
    expect(S.Float32()).toBe(1);
    expect(Math.fround(1 / 3)).not.toBe(1 / 3);
  });

  it("a delayed action sees the locals and globals saved when it was scheduled; its global writes are lost", () => {
    world.runMain(() => S.ScheduleWithSavedGlobals());
    expect(world.printed).toEqual(["now 6 2", "delayed 5 1"]);
    expect(S.GlobalValue()).toBe(102);
  });
});
