// Semantics beyond the conformance corpus: run-time errors, StartingConditional, includes, value
// semantics of structs and vectors, actions, defaults, and interpret() against any host.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkSource } from "../../tools/nwscript/index.js";
import { World } from "../../tools/twin/engine/index.js";
import { NwObject } from "../../tools/twin/values.js";
import { interpret, NssCheckError, runNss, ScriptError } from "../../tools/nwscript/interp/index.js";
import { FakeHost } from "./fake-host.js";

const COMPILE_DIR = path.resolve(import.meta.dirname, "../../../shared/nss-conformance/compile");

function printed(source: string): string[] {
  return runNss(source).printed;
}

describe("run-time errors", () => {
  test.each([
    ["int division", "int z = 0; int x = 7 / z;"],
    ["int remainder", "int z = 0; int x = 7 % z;"],
    ["compound division", "int z = 0; int x = 7; x /= z;"],
    ["float division", "float z = 0.0; float x = 1.5 / z;"],
    ["vector division", "float z = 0.0; vector v = Vector(1.0, 2.0, 3.0) / z;"],
  ])("%s by zero stops the script with a ScriptError naming the line", (_name, statement) => {
    const world = new World();
    const source = `void main()\n{\n  PrintString("before");\n  ${statement}\n  PrintString("after");\n}\n`;
    let error: unknown;
    try {
      runNss(source, { host: world, fileName: "div.nss" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as Error).message).toBe("Divide by zero (div.nss:4)");
    expect(world.printed).toEqual(["before"]);
  });

  test("% follows C remainder semantics for negative operands", () => {
    const source = `void main() { int a = -7; int b = 2; int c = 7; int d = -2;
      PrintString(IntToString(a % b) + " " + IntToString(c % d) + " " + IntToString(a % d)); }`;
    expect(printed(source)).toEqual(["-1 1 -1"]);
  });

  test("INT_MIN / -1 wraps", () => {
    expect(printed(`void main() { int m = -2147483647 - 1; int d = -1; PrintString(IntToString(m / d) + " " + IntToString(m % d)); }`)).toEqual([
      "-2147483648 0",
    ]);
  });

  test("a script the compiler rejects is an NssCheckError with its location", () => {
    expect(() => runNss(`void main() { int x = "a"; }`, { fileName: "bad.nss" })).toThrow(NssCheckError);
    expect(() => runNss(`void main() { int x = "a"; }`, { fileName: "bad.nss" })).toThrow(/^bad\.nss:1: MISMATCHED TYPES/);
  });
});

describe("entry points", () => {
  test("StartingConditional returns its int", () => {
    const source = `int g = 20; int StartingConditional() { PrintString("checked"); return g + 22; }`;
    const result = runNss(source);
    expect(result.returnValue).toBe(42);
    expect(result.printed).toEqual(["checked"]);
  });

  test("main returns nothing", () => {
    expect(runNss(`void main() { }`).returnValue).toBeUndefined();
  });

  test("a path runs the file; includes are found through includeDirs", () => {
    const source = `#include "inc_util"
      void main() {
        int a = UtilAdd(1, 2);
        int b = UtilAdd(a, UTIL_BASE);
        PrintString(UtilTag(IntToString(a)) + UtilTag(IntToString(b)) + IntToString(gUtilCalls));
      }`;
    expect(runNss(source, { includeDirs: [COMPILE_DIR] }).printed).toEqual(["[103][303]2"]);
    expect(() => runNss(source)).toThrow(NssCheckError);
    expect(runNss(path.join(COMPILE_DIR, "c_include.nss")).printed).toEqual(["[103]101"]);
  });
});

describe("value semantics", () => {
  test("structs are copied on assignment, passing, returning, and into globals", () => {
    const source = `
      struct In { int v; };
      struct S { int n; string s; struct In in; vector p; };
      struct S gKeep;
      struct S Make(int n) { struct S r; r.n = n; r.s = "s" + IntToString(n); r.in.v = n * 10; r.p = Vector(1.0, 2.0, 3.0); return r; }
      struct S Bump(struct S x) { x.n++; x.in.v++; x.p.y = 9.0; return x; }
      void main() {
        struct S a = Make(1);
        struct S b = Bump(a);
        gKeep = b;
        b.in.v = 99;
        PrintString(IntToString(a.n) + a.s + IntToString(a.in.v) + FloatToString(a.p.y, 0, 1));
        PrintString(IntToString(b.n) + b.s + IntToString(b.in.v) + FloatToString(b.p.y, 0, 1));
        PrintString(IntToString(gKeep.in.v) + " " + IntToString(Make(7).in.v) + " " + IntToString(Bump(a).n));
        PrintString(IntToString(a == Make(1)) + IntToString(a == b) + IntToString(a != b));
      }`;
    expect(printed(source)).toEqual(["1s1102.0", "2s1999.0", "11 70 2", "101"]);
  });

  test("vectors: arithmetic, components, equality", () => {
    const source = `
      void main() {
        vector a = [1.0, 2.0, 3.0];
        vector b = a;
        b.x += 1.5;
        vector c = (a + b) * 0.5;
        PrintString(FloatToString(c.x, 0, 2) + " " + FloatToString(c.y, 0, 2) + " " + FloatToString(b.x, 0, 1));
        PrintString(IntToString(a == [1.0, 2.0, 3.0]) + IntToString(a == b) + IntToString(Vector(1.0, 2.0, 3.0) != a));
      }`;
    expect(printed(source)).toEqual(["1.75 2.00 2.5", "100"]);
  });

  test("&& and || give 0 or 1", () => {
    const source = `void main() { int a = 7; int b = -3; int z = 0;
      PrintString(IntToString(a || z) + IntToString(z || b) + IntToString(a && b) + IntToString(z && a) + IntToString(z || z)); }`;
    expect(printed(source)).toEqual(["11100"]);
  });

  test("mixed int and float arithmetic rounds to float32", () => {
    const source = `void main() { int big = 16777217; float f = big + 0.0; float g = 0.1; g *= 3;
      PrintString(FloatToString(f, 0, 1) + " " + FloatToString(g, 0, 9)); }`;
    expect(printed(source)).toEqual(["16777216.0 0.300000012"]);
  });

  test("compound assignment reads the target before evaluating the value", () => {
    const source = `int g = 1; int SetG() { g = 100; return 5; }
      void main() { g += SetG(); PrintString(IntToString(g)); }`;
    expect(printed(source)).toEqual(["6"]);
  });
});

describe("calls", () => {
  test("arguments are evaluated last to first, with defaults filled in", () => {
    const source = `
      int Arg(int v) { PrintString("arg " + IntToString(v)); return v; }
      string F(int a, int b = 20, string c = "x") { return IntToString(a) + "," + IntToString(b) + "," + c; }
      void main() { PrintString(F(Arg(1))); PrintString(F(Arg(1), Arg(2))); }`;
    expect(printed(source)).toEqual(["arg 1", "1,20,x", "arg 2", "arg 1", "1,2,x"]);
  });

  test("engine defaults: OBJECT_SELF names the running object", () => {
    const source = `
      void Say(string s) { PrintString(s); }
      void main() {
        ActionDoCommand(Say("cleared"));
        ClearAllActions();
        ActionDoCommand(Say("kept"));
      }`;
    expect(printed(source)).toEqual(["kept"]);
  });
});

describe("actions", () => {
  test("nested actions: DelayCommand(AssignCommand(...)) saves the state twice", () => {
    const source = `
      int gRuns = 0;
      void Show(int i) {
        gRuns++;
        PrintString(IntToString(i) + " module=" + IntToString(OBJECT_SELF == GetModule()) + " runs=" + IntToString(gRuns));
      }
      void main() {
        int i;
        for (i = 1; i <= 3; i++) DelayCommand(IntToFloat(4 - i), AssignCommand(GetModule(), Show(i)));
        gRuns = 10;
        Show(0);
      }`;
    expect(printed(source)).toEqual(["0 module=0 runs=11", "3 module=1 runs=1", "2 module=1 runs=1", "1 module=1 runs=1"]);
  });

  test("a delayed command's own DelayCommand saves the delayed command's state", () => {
    const source = `
      int gDepth = 0;
      void Step(int n) {
        gDepth++;
        PrintString(IntToString(n) + ":" + IntToString(gDepth));
        if (n > 0) DelayCommand(1.0, Step(n - 1));
      }
      void main() { Step(3); }`;
    expect(printed(source)).toEqual(["3:1", "2:2", "1:3", "0:4"]);
  });

  test("the engine functions inside a delayed call's arguments run when it runs", () => {
    const source = `
      void Show(int a, int b) { PrintString(IntToString(a) + " " + IntToString(b)); }
      void main() {
        object m = GetModule();
        int n = 5;
        DelayCommand(1.0, Show(GetLocalInt(m, "k"), n));
        SetLocalInt(m, "k", 7);
        n = 6;
      }`;
    expect(printed(source)).toEqual(["7 5"]);
  });
});

describe("interpret() against any host", () => {
  test("OBJECT_SELF comes from the host; queued actions run through the host", () => {
    const { program } = checkSource(
      `void Who(string tag) { PrintString(tag + " " + IntToString(GetObjectType(OBJECT_SELF))); }
       void main() { AssignCommand(GetModule(), Who("assigned")); Who("main"); }`,
      "who.nss",
    );
    const host = new FakeHost();
    const result = interpret(program!, host);
    expect(host.printed).toEqual(["main 32"]);
    expect(result.stats.runs).toBe(1);
    host.runQueue();
    expect(host.printed).toEqual(["main 32", "assigned 0"]);
    expect(result.stats.runs).toBe(2);
    expect(host.self).toEqual(new NwObject(2));
  });

  test("engine functions are looked up only when called", () => {
    const { program } = checkSource(`void main() { if (FALSE) PrintString(GetName(OBJECT_SELF)); PrintString("ok"); }`, "lazy.nss");
    const host = new FakeHost();
    interpret(program!, host);
    expect(host.printed).toEqual(["ok"]);
    expect(() => interpret(checkSource(`void main() { PrintString(GetName(OBJECT_SELF)); }`, "x.nss").program!, host)).toThrow(/GetName/);
  });
});
