// The checked program is the interpreter's input: every expression is typed, every variable
// reference is bound, every call is resolved.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CheckedProgram, Expr, Stmt } from "../../tools/nwscript/index.js";
import { checkFile, checkSource } from "../../tools/nwscript/index.js";

function program(source: string): CheckedProgram {
  const result = checkSource(source, "prog.nss");
  expect(result.diagnostics).toEqual([]);
  return result.program!;
}

function* stmts(s: Stmt): Generator<Stmt> {
  yield s;
  if (s.kind === "block") for (const x of s.statements) yield* stmts(x);
  if (s.kind === "if") {
    yield* stmts(s.then);
    if (s.else) yield* stmts(s.else);
  }
  if (s.kind === "while" || s.kind === "doWhile" || s.kind === "for" || s.kind === "switch") yield* stmts(s.body);
}

function* exprs(e: Expr): Generator<Expr> {
  yield e;
  switch (e.kind) {
    case "call":
      for (const a of e.args) yield* exprs(a);
      break;
    case "field":
      yield* exprs(e.base);
      break;
    case "unary":
    case "incdec":
      yield* exprs(e.operand);
      break;
    case "binary":
      yield* exprs(e.left);
      yield* exprs(e.right);
      break;
    case "assign":
      yield* exprs(e.target);
      yield* exprs(e.value);
      break;
    case "conditional":
      yield* exprs(e.cond);
      yield* exprs(e.whenTrue);
      yield* exprs(e.whenFalse);
      break;
    default:
      break;
  }
}

function* allExprs(p: CheckedProgram): Generator<Expr> {
  for (const g of p.globals) if (g.init) yield* exprs(g.init);
  for (const item of p.items) {
    if (item.kind !== "function") continue;
    for (const param of item.params) if (param.default) yield param.default;
    if (!item.body) continue;
    for (const s of stmts(item.body)) {
      if (s.kind === "expr") yield* exprs(s.expr);
      if (s.kind === "varDecl") for (const d of s.declarators) if (d.init) yield* exprs(d.init);
      if (s.kind === "if" || s.kind === "while" || s.kind === "doWhile" || s.kind === "switch") yield* exprs(s.cond);
      if (s.kind === "for") for (const e of [s.init, s.cond, s.incr]) if (e) yield* exprs(e);
      if (s.kind === "return" && s.value) yield* exprs(s.value);
      if (s.kind === "case") yield* exprs(s.expr);
    }
  }
}

const runDir = fileURLToPath(new URL("../../../shared/nss-conformance/run/", import.meta.url));

describe("checked program", () => {
  it("types every expression and binds every variable of the run corpus", () => {
    const files = fs.readdirSync(runDir).filter((f) => f.endsWith(".nss"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const p = checkFile(path.join(runDir, f)).program!;
      for (const e of allExprs(p)) {
        expect(e.type, `${f}:${e.pos.line} ${e.kind}`).toBeDefined();
        if (e.kind === "var") expect(e.binding, `${f}:${e.pos.line} ${e.name}`).toBeDefined();
      }
    }
  });

  it("binds locals, parameters and globals to their declarations", () => {
    const p = program("int gN = 1;\nint Twice(int n)\n{\n  int r = n * 2;\n  return r + gN;\n}\nvoid main() { Twice(2); }\n");
    const fn = p.items.find((i) => i.kind === "function" && i.name === "Twice");
    const refs = [...allExprs(p)].filter((e) => e.kind === "var");
    const scopes = refs.map((r) => (r.kind === "var" ? `${r.name}:${r.binding?.scope}` : ""));
    expect(scopes).toEqual(["n:param", "r:local", "gN:global"]);
    const param = refs[0];
    expect(param.kind === "var" && param.binding?.scope === "param" && param.binding.fn).toBe(fn);
    expect(p.globals.map((g) => g.name)).toEqual(["gN"]);
  });

  it("resolves calls to engine function numbers or to the user definition", () => {
    const p = program("int Later(int a);\nvoid main() { PrintString(IntToString(Random(6) + Later(1))); }\nint Later(int a) { return a; }\n");
    const calls = [...allExprs(p)].filter((e) => e.kind === "call");
    const targets = calls.map((c) => (c.kind === "call" ? (c.target.kind === "engine" ? `${c.name}#${c.target.fn.index}` : `${c.name}:user`) : ""));
    expect(targets).toEqual(["PrintString#1", "IntToString#92", "Random#0", "Later:user"]);
    const later = calls[3];
    const def = p.items.filter((i) => i.kind === "function" && i.name === "Later").at(-1);
    expect(later.kind === "call" && later.target.kind === "user" && later.target.fn.definition).toBe(def);
    expect(p.engineFunctions[0].name).toBe("Random");
    expect(p.entryPoint).toBe("main");
  });

  it("marks void calls used as actions as deferred, with the action type", () => {
    const p = program("void Say(string s) { PrintString(s); }\nvoid main() { DelayCommand(1.0, Say(\"x\")); Say(\"y\"); }\n");
    const says = [...allExprs(p)].filter((e) => e.kind === "call" && e.name === "Say");
    expect(says.map((c) => (c.kind === "call" ? [c.deferred, c.type?.kind] : []))).toEqual([
      [true, "action"],
      [false, "void"],
    ]);
  });

  it("keeps constant values, folded case labels and struct field indexes", () => {
    const p = program(
      'const float SCALE = 0.123456789;\nstruct S { int a; float b; };\nvoid main()\n{\n  struct S s;\n  s.b = SCALE * 2.0;\n  int n;\n  switch (n) { case "a": break; case 2 * 3: break; case TRUE: break; }\n}\n',
    );
    const c = p.items.find((i) => i.kind === "const");
    // A const float is stored through "%f" (six decimals) like the official compiler does.
    const value = c?.kind === "const" ? (c.value as number) : NaN;
    expect(value).toBeCloseTo(0.123457, 6);
    expect(value).not.toBe(Math.fround(0.123456789));
    const cases = [...(function* () {
      const main = p.entry!;
      for (const s of stmts(main.body!)) if (s.kind === "case") yield s.value;
    })()];
    expect(cases).toEqual([1472276819, 6, 1]);
    const field = [...allExprs(p)].find((e) => e.kind === "field");
    expect(field?.kind === "field" && field.fieldIndex).toBe(1);
    expect(p.structs.get("S")?.fields.map((f) => f.name)).toEqual(["a", "b"]);
  });

  it("records the values the compiler folds at compile time", () => {
    const p = program('void main() { int a = -7 >> 1; int b = 1 + 2 * 3; string s = "a" + "b"; int c = 7 >>> 1; float d = 1 + 2.0; }');
    const inits = [...stmts(p.entry!.body!)].flatMap((s) => (s.kind === "varDecl" ? s.declarators.map((d) => d.init!) : []));
    const folded = inits.map((e) => (e.kind === "binary" || e.kind === "unary" ? e.folded?.value : undefined));
    // >> on constants folds as a C arithmetic shift; >>> and int/float mixes are never folded.
    expect(folded).toEqual([-4, 7, "ab", undefined, undefined]);
  });

  it("positions nodes by file and line", () => {
    const p = program("void main()\n{\n  int a =\n    5;\n}\n");
    const five = [...allExprs(p)].find((e) => e.kind === "int");
    expect(five?.pos).toEqual({ file: "prog.nss", line: 4 });
  });
});
