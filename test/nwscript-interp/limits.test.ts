// The instruction limit, the instruction count estimate, and the call depth limit.
import { describe, expect, test } from "vitest";
import { World } from "../../tools/twin/engine/index.js";
import {
  DEFAULT_INSTRUCTION_LIMIT,
  DEFAULT_MAX_CALL_DEPTH,
  runNss,
  ScriptError,
  TooManyInstructions,
  type RunNssOptions,
  type RunReport,
} from "../../tools/nwscript/interp/index.js";

function runIn(world: World, source: string, options: RunNssOptions = {}) {
  return runNss(source, { ...options, host: world });
}

describe("instruction limit", () => {
  test("a script that loops forever stops with TooManyInstructions and nothing after the loop runs", () => {
    const world = new World();
    const source = `void main() { PrintString("before"); while (TRUE) {} PrintString("after"); }`;
    expect(() => runIn(world, source)).toThrow(TooManyInstructions);
    expect(world.printed).toEqual(["before"]);
  });

  test("a deep loop that would finish in time stops at the default limit", () => {
    const world = new World();
    const source = `
      void main() {
        int i; int n = 0;
        for (i = 0; i < 1000000; i++) n += i;
        PrintString("done " + IntToString(n));
      }`;
    let error: unknown;
    try {
      runIn(world, source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyInstructions);
    expect((error as TooManyInstructions).limit).toBe(DEFAULT_INSTRUCTION_LIMIT);
    expect(world.printed).toEqual([]);
  });

  test("the same loop with fewer iterations finishes under the limit", () => {
    const result = runNss(`
      void main() {
        int i; int n = 0;
        for (i = 0; i < 10000; i++) n += i;
        PrintString("done " + IntToString(n));
      }`);
    expect(result.printed).toEqual(["done 49995000"]);
    expect(result.instructions).toBeGreaterThan(10000 * 5);
    expect(result.instructions).toBeLessThan(DEFAULT_INSTRUCTION_LIMIT);
  });

  test("the limit is configurable", () => {
    const source = `void main() { int i; for (i = 0; i < 50; i++) {} PrintString("finished"); }`;
    expect(runNss(source).printed).toEqual(["finished"]);
    expect(() => runNss(source, { instructionLimit: 100 })).toThrow(TooManyInstructions);
    expect(() => runNss(source, { instructionLimit: 0 })).toThrow(RangeError);
  });

  test("each queued command is a script run with a fresh budget", () => {
    // Each run does about 40% of the limit: together they exceed it, alone none does.
    const source = `
      void Work(string tag) {
        int i; int n = 0;
        for (i = 0; i < 30000; i++) n += i;
        PrintString(tag);
      }
      void main() {
        Work("main");
        DelayCommand(1.0, Work("later"));
        AssignCommand(GetModule(), Work("assigned"));
      }`;
    const result = runNss(source);
    expect(result.failures).toEqual([]);
    expect(result.printed).toEqual(["main", "assigned", "later"]);
    expect(result.stats.runs).toBe(3);
    expect(result.stats.maxInstructions).toBeLessThan(DEFAULT_INSTRUCTION_LIMIT);
    expect(result.stats.maxInstructions).toBeGreaterThan(DEFAULT_INSTRUCTION_LIMIT / 4);
    expect(result.stats.totalInstructions).toBeGreaterThan(DEFAULT_INSTRUCTION_LIMIT);
  });

  test("a queued command over the limit stops alone; the others still run", () => {
    const source = `
      void Spin() { PrintString("spin"); while (TRUE) {} }
      void Say(string s) { PrintString(s); }
      void main() {
        DelayCommand(1.0, Spin());
        DelayCommand(2.0, Say("still here"));
      }`;
    const runs: RunReport[] = [];
    const result = runNss(source, { onRun: (r) => runs.push(r) });
    expect(result.printed).toEqual(["spin", "still here"]);
    expect(result.failures.map((f) => f.error)).toEqual([expect.any(TooManyInstructions)]);
    expect(result.stats.maxInstructions).toBe(DEFAULT_INSTRUCTION_LIMIT + 1);
    expect(runs).toEqual([
      { kind: "entry", instructions: result.instructions },
      { kind: "action", instructions: DEFAULT_INSTRUCTION_LIMIT + 1, error: result.failures[0].error },
      { kind: "action", instructions: expect.any(Number) },
    ]);
  });
});

describe("instruction counts", () => {
  const loop = (n: number) => `void main() { int i; int s = 0; for (i = 0; i < ${n}; i++) { s += i * 2; } }`;

  test("are deterministic", () => {
    const a = runNss(loop(100));
    const b = runNss(loop(100));
    expect(a.instructions).toBe(b.instructions);
    expect(a.stats).toEqual(b.stats);
  });

  test("grow by the same amount for every loop iteration", () => {
    const [c10, c20, c30] = [10, 20, 30].map((n) => runNss(loop(n)).instructions);
    expect(c20 - c10).toBe(c30 - c20);
    expect(c20 - c10).toBeGreaterThanOrEqual(10 * 8);
  });

  test("count the work of called functions and of global initialisers", () => {
    const plain = runNss(`void main() { int x = 1 + 2; }`).instructions;
    const withCall = runNss(`int Three() { return 1 + 2; } void main() { int x = Three(); }`).instructions;
    const withGlobal = runNss(`int g = 5; void main() { int x = 1 + 2; }`).instructions;
    expect(withCall).toBeGreaterThan(plain);
    expect(withGlobal).toBeGreaterThan(plain);
  });

  test("a stats object shared between runs adds them up", () => {
    const world = new World();
    const stats = { runs: 0, lastInstructions: 0, maxInstructions: 0, totalInstructions: 0 };
    const one = runIn(world, loop(10), { stats }).instructions;
    const two = runIn(world, loop(20), { stats }).instructions;
    expect(stats).toEqual({ runs: 2, lastInstructions: two, maxInstructions: two, totalInstructions: one + two });
  });
});

describe("call depth", () => {
  test("runaway recursion ends with a ScriptError, not a JavaScript stack overflow", () => {
    const world = new World();
    const source = `
      int Down(int n) { return Down(n + 1) + 1; }
      void main() { PrintString("start"); Down(0); PrintString("never"); }`;
    let error: unknown;
    try {
      runIn(world, source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as Error).message).toMatch(/stack overflow/i);
    expect(world.printed).toEqual(["start"]);
  });

  test("legitimate deep recursion works", () => {
    const source = `
      struct P { int depth; string path; vector v; };
      int Sum(int n) { if (n == 0) return 0; return n + Sum(n - 1); }
      struct P Deeper(struct P p, int n) {
        if (n == 0) return p;
        p.depth++;
        return Deeper(p, n - 1);
      }
      void main() {
        PrintString(IntToString(Sum(5000)));
        struct P p;
        PrintString(IntToString(Deeper(p, 4000).depth));
      }`;
    expect(runNss(source).printed).toEqual(["12502500", "4000"]);
  });

  test("the depth limit is configurable", () => {
    const source = `int Sum(int n) { if (n == 0) return 0; return n + Sum(n - 1); } void main() { PrintString(IntToString(Sum(100))); }`;
    expect(runNss(source, { maxCallDepth: 102 }).printed).toEqual(["5050"]);
    expect(() => runNss(source, { maxCallDepth: 100 })).toThrow(/stack overflow/i);
    expect(DEFAULT_MAX_CALL_DEPTH).toBeGreaterThan(5000);
  });
});
