import { describe, expect, it } from "vitest";
import { caseStringValue, xxh32 } from "../../tools/nwscript/index.js";
import { verdict } from "./helpers.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("XXH32", () => {
  it("matches the reference values (seed 0)", () => {
    expect(xxh32(bytes(""))).toBe(0x02cc5d05);
    expect(xxh32(bytes("a"))).toBe(0x550d7456);
    expect(xxh32(bytes("abc"))).toBe(0x32d153ff);
    expect(xxh32(bytes("Nobody inspects the spammish repetition"))).toBe(0xe2293b2f);
  });
});

describe("case \"text\" labels", () => {
  it("hash to XXH32(text) ^ XXH32(\"\")", () => {
    expect(caseStringValue("a")).toBe(1472276819);
    expect(caseStringValue("hello")).toBe(-104060164);
    expect(caseStringValue("")).toBe(0);
  });
  it("collide with the equal int label", () => {
    expect(verdict('void main() { int n; switch (n) { case "": break; case 0: break; } }')).toBe(
      "error 1 MULTIPLE CASE CONSTANT STATEMENTS WITHIN SWITCH",
    );
    expect(verdict('void main() { int n; switch (n) { case "a": break; case 1472276819: break; } }')).toBe(
      "error 1 MULTIPLE CASE CONSTANT STATEMENTS WITHIN SWITCH",
    );
  });
  it("are folded before hashing", () => {
    expect(verdict('void main() { int n; switch (n) { case "a" + "b": break; case "ab": break; } }')).toBe(
      "error 1 MULTIPLE CASE CONSTANT STATEMENTS WITHIN SWITCH",
    );
  });
});
