// Random subset programs for the property tests: three helpers with side effects (they count
// calls in a global and log their order), a main over int, float and string locals, and a final
// print of every variable, so that any difference between the two paths shows in the output.
import fc from "fast-check";
import { expr, type Scope } from "./expressions.js";

const MAIN: Scope = { key: "main", ints: ["i0", "i1", "i2", "gCount", "p0.a", "p1.a"], floats: ["f0", "f1"], strings: ["s0", "s1", "p0.s", "p1.s"], calls: true, mutations: true, engine: true };
/**
 * Action arguments: NWScript evaluates them right to left when the action runs, so at most one
 * may have effects (engine calls count): the int argument may call engine functions, the string
 * argument may not.
 */
const PURE_INT: Scope = { ...MAIN, key: "pureInt", calls: false, mutations: false };
const PURE_STRING: Scope = { ...PURE_INT, key: "pureString", engine: false };
const H_INT: Scope = { key: "hI", ints: ["a", "b", "gCount"], floats: [], strings: [], calls: false, mutations: false, engine: true };
const H_FLOAT: Scope = { key: "hF", ints: ["n", "gCount"], floats: ["x"], strings: [], calls: false, mutations: false, engine: true };
const H_STRING: Scope = { key: "hS", ints: ["n"], floats: [], strings: ["s"], calls: false, mutations: false, engine: true };

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

/** A print of one expression of a random kind. */
function print(depth: number): fc.Arbitrary<string[]> {
  return fc.oneof(
    expr("int", MAIN, depth).map((e) => [`PrintString(IntToString(${e}));`]),
    expr("float", MAIN, depth).map((e) => [`PrintString(FloatToString(${e}, 0, 9));`]),
    expr("string", MAIN, depth).map((e) => [`PrintString(${e});`]),
    expr("bool", MAIN, depth).map((e) => [`PrintString(${e} ? "T" : "F");`]),
  );
}

function assignment(depth: number): fc.Arbitrary<string[]> {
  const I = expr("int", MAIN, depth);
  const F = expr("float", MAIN, depth);
  const S = expr("string", MAIN, depth);
  const v = (names: string[]) => fc.constantFrom(...names);
  return fc.oneof(
    fc.tuple(v(MAIN.ints), I).map(([x, e]) => [`${x} = ${e};`]),
    fc.tuple(v(MAIN.floats), F).map(([x, e]) => [`${x} = ${e};`]),
    fc.tuple(v(MAIN.strings), S).map(([x, e]) => [`${x} = ${e};`]),
    fc.tuple(v(MAIN.ints), fc.constantFrom("+=", "-=", "*=", "&=", "|=", "^="), I).map(([x, op, e]) => [`${x} ${op} ${e};`]),
    fc.tuple(v(MAIN.ints), fc.constantFrom("/=", "%="), I).map(([x, op, e]) => [`${x} ${op} (${e} | 1);`]),
    fc.tuple(v(MAIN.ints), fc.constantFrom("<<=", ">>="), I).map(([x, op, e]) => [`${x} ${op} (${e} & 31);`]),
    fc.tuple(v(MAIN.floats), fc.constantFrom("+=", "-=", "*="), F).map(([x, op, e]) => [`${x} ${op} ${e};`]),
    fc.tuple(v(MAIN.floats), F).map(([x, e]) => [`${x} /= (${e} * ${e}) + 1.0;`]),
    fc.tuple(v(MAIN.strings), S).map(([x, e]) => [`${x} += ${e};`]),
    fc.tuple(v(MAIN.ints), fc.constantFrom("++", "--")).map(([x, op]) => [`${x}${op};`]),
    // Structs are values: assignment, ?:, argument passing and return copy them.
    fc.constantFrom<string[]>(["p1 = p0;"], ["p0 = p1;"]),
    fc.tuple(v(["p0", "p1"]), v(["p0", "p1"]), I).map(([x, y, e]) => [`${x} = hP(${y}, ${e});`]),
    fc.tuple(v(["p0", "p1"]), expr("bool", MAIN, depth)).map(([x, c]) => [`${x} = ${c} ? p0 : p1;`]),
    fc.tuple(v(["p0", "p1"]), I, S).map(([x, a, t]) => [`${x} = { a: ${a}, s: ${t} };`]),
  );
}

/** A delayed or assigned call of Later with effect-free arguments, run after main. */
function action(depth: number): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.constantFrom("DelayCommand(0.0, ", "DelayCommand(0.5, ", "DelayCommand(1.5, ", "AssignCommand(GetModule(), "), expr("int", PURE_INT, depth), expr("string", PURE_STRING, depth))
    .chain(([head, n, s]) => fc.constantFrom([`${head}() => Later(${n}, ${s}));`], [`${head}() => LaterP(p0));`], [`${head}() => LaterP(p1));`]));
}

const statementMemo = new Map<string, fc.Arbitrary<string[]>>();

/** One statement; blocks nest at most `nest` deep. `level` names loop variables uniquely. */
function statement(nest: number, level: number, depth: number): fc.Arbitrary<string[]> {
  const key = `${nest}|${level}|${depth}`;
  const hit = statementMemo.get(key);
  if (hit) return hit;
  const simple = fc.oneof(assignment(depth), print(depth), action(depth));
  let arb: fc.Arbitrary<string[]> = simple;
  if (nest > 0) {
    const body = block(nest - 1, level + 1, depth);
    const B = expr("bool", MAIN, depth);
    const k = `k${level}`;
    arb = fc.oneof(
      { withCrossShrink: true },
      simple,
      fc.tuple(B, body, fc.option(body, { nil: undefined })).map(([c, t, e]) => [`if (${c}) {`, ...indent(t), ...(e ? ["} else {", ...indent(e)] : []), "}"]),
      fc.tuple(fc.integer({ min: 0, max: 3 }), body).map(([n, b]) => [`for (let ${k}: int = 0; ${k} < ${n}; ${k}++) {`, ...indent(b), "}"]),
      // while and do/while with a counter and a condition that may have side effects; the block
      // around them keeps sibling loops' counters apart.
      fc.tuple(fc.integer({ min: 0, max: 3 }), B, body, fc.boolean()).map(([n, c, b, isDo]) => {
        const w = `w${level}`;
        const test = `(${w} < ${n}) && ${c}`;
        const loop = isDo ? ["do {", `  ${w}++;`, ...indent(b), `} while (${test});`] : [`while (${test}) {`, `  ${w}++;`, ...indent(b), "}"];
        return ["{", `  let ${w}: int = 0;`, ...indent(loop), "}"];
      }),
      fc.tuple(expr("int", MAIN, depth), fc.array(fc.tuple(body, fc.boolean()), { minLength: 1, maxLength: 3 }), fc.option(body, { nil: undefined })).map(([subject, clauses, dflt]) => {
        const lines = [`switch (${subject} & 3) {`];
        clauses.forEach(([b, brk], i) => lines.push(`  case ${i}:`, ...indent(indent([...b, ...(brk ? ["break;"] : [])]))));
        if (dflt) lines.push("  default:", ...indent(indent(dflt)));
        lines.push("}");
        return lines;
      }),
    );
  }
  statementMemo.set(key, arb);
  return arb;
}

function block(nest: number, level: number, depth: number): fc.Arbitrary<string[]> {
  return fc.array(statement(nest, level, depth), { minLength: 1, maxLength: 4 }).map((list) => list.flat());
}

export type ProgramKind = "expressions" | "statements";

/** Program text; `name` only goes into the first-line comment. */
export function programArb(kind: ProgramKind): fc.Arbitrary<string> {
  const body = kind === "expressions" ? fc.array(print(3), { minLength: 1, maxLength: 6 }).map((l) => l.flat()) : block(2, 0, 2);
  return fc
    .record({
      hI: expr("int", H_INT, 2),
      hF: expr("float", H_FLOAT, 2),
      hS: expr("string", H_STRING, 2),
      ints: fc.tuple(expr("int", { ...H_INT, key: "lit", ints: [] }, 0), expr("int", { ...H_INT, key: "lit", ints: [] }, 0), expr("int", { ...H_INT, key: "lit", ints: [] }, 0)),
      floats: fc.tuple(expr("float", { ...H_FLOAT, key: "lit", floats: [] }, 0), expr("float", { ...H_FLOAT, key: "lit", floats: [] }, 0)),
      strings: fc.tuple(expr("string", { ...H_STRING, key: "lit", strings: [] }, 0), expr("string", { ...H_STRING, key: "lit", strings: [] }, 0)),
      body,
    })
    .map((p) =>
      [
        `// property test: random ${kind}`,
        "interface P {",
        "  a: int;",
        "  s: string;",
        "}",
        "",
        "let gCount: int = 0;",
        'let gLog: string = "";',
        "",
        "function hI(a: int, b: int): int {",
        "  gCount++;",
        '  gLog += "I";',
        `  return ${p.hI};`,
        "}",
        "",
        "function hF(x: float, n: int): float {",
        "  gCount += 2;",
        '  gLog += "F";',
        `  return ${p.hF};`,
        "}",
        "",
        "function hS(s: string, n: int): string {",
        "  gCount++;",
        '  gLog += "S";',
        `  return ${p.hS};`,
        "}",
        "",
        "function hP(p: P, n: int): P {",
        "  gCount++;",
        '  gLog += "P";',
        "  p.a += n;",
        '  p.s += "!";',
        "  return p;",
        "}",
        "",
        "function LaterP(p: P): void {",
        '  PrintString("later p " + IntToString(p.a) + " " + p.s + " " + IntToString(gCount));',
        "}",
        "",
        "function Later(n: int, s: string): void {",
        '  PrintString("later " + IntToString(n) + " " + s + " " + IntToString(gCount) + " " + gLog);',
        "}",
        "",
        "export function main(): void {",
        `  let i0: int = ${p.ints[0]};`,
        `  let i1: int = ${p.ints[1]};`,
        `  let i2: int = ${p.ints[2]};`,
        `  let f0: float = ${p.floats[0]};`,
        `  let f1: float = ${p.floats[1]};`,
        `  let s0: string = ${p.strings[0]};`,
        `  let s1: string = ${p.strings[1]};`,
        `  let p0: P = { a: ${p.ints[1]}, s: ${p.strings[0]} };`,
        `  let p1: P = p0;`,
        ...indent(p.body),
        "  PrintString(`end ${i0} ${i1} ${i2} ${gCount} ` + gLog);",
        '  PrintString(FloatToString(f0, 0, 9) + " " + FloatToString(f1, 0, 9) + " " + s0 + "|" + s1);',
        '  PrintString(`p ${p0.a} ${p0.s} ${p1.a} ${p1.s}`);',
        "}",
        "",
      ].join("\n"),
    );
}
