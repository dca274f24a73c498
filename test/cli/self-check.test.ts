// The build checks what it emits with the NWScript front end; a rejection is reported as a bug.
import { describe, expect, it } from "vitest";
import { selfCheck } from "../../compiler/cli/self-check.js";

const io = () => {
  const err: string[] = [];
  return { err, io: { stdout: () => {}, stderr: (t: string) => void err.push(t), cwd: "/work", env: {} } };
};

describe("self-check of emitted NWScript", () => {
  it("accepts valid output, includes resolved among the emitted files", () => {
    const { err, io: cli } = io();
    const files = [
      { name: "util", source: "util.ts", kind: "include" as const, text: "int Twice(int n) { return n * 2; }\n" },
      { name: "hello", source: "hello.ts", kind: "script" as const, text: '#include "util"\nvoid main() { PrintString(IntToString(Twice(2))); }\n' },
    ];
    expect(selfCheck(cli, files, "/work/out")).toBe(0);
    expect(err).toEqual([]);
  });

  it("reports output the official compiler would reject, with the file and line", () => {
    const { err, io: cli } = io();
    const files = [{ name: "bad", source: "bad.ts", kind: "script" as const, text: "void main()\n{\n    float f = 1;\n}\n" }];
    expect(selfCheck(cli, files, "/work/out")).toBe(1);
    expect(err.join("")).toMatch(/^out\/bad\.nss:3 - error NSS: MISMATCHED TYPES .*bug in npc-build.*bad\.ts/);
  });

  it("checks an include through the scripts that include it, and an unused include on its own", () => {
    const { err, io: cli } = io();
    const files = [
      { name: "used", source: "used.ts", kind: "include" as const, text: "int Used() { return 1.5; }\n" },
      { name: "hello", source: "hello.ts", kind: "script" as const, text: '#include "used"\nvoid main() { Used(); }\n' },
      { name: "orphan", source: "orphan.ts", kind: "include" as const, text: "void Orphan() { float f = 1; }\n" },
    ];
    expect(selfCheck(cli, files, "/work/out")).toBe(2);
    const text = err.join("");
    expect(text).toMatch(/^out\/used\.nss:1 - error NSS: RETURN TYPE AND FUNCTION TYPE MISMATCHED .*used\.ts/m);
    expect(text).toMatch(/^out\/orphan\.nss:1 - error NSS: MISMATCHED TYPES .*orphan\.ts/m);
  });
});
