// Random typed expressions of the subset, as TypeScript text, for the property tests. Every
// expression is typed the NWScript way: ints and floats mix only in + - * / (never in
// comparisons), strings compare with == and != only, conditions are comparisons or their
// combinations. Divisors can never be zero (they may be -1, also under INT_MIN); shift counts
// are 0..31. Everything is fully parenthesised, so precedence comes from the generated tree,
// not from the printer.
import fc from "fast-check";

export type Kind = "int" | "float" | "string" | "bool";

/** What an expression may name and do. */
export interface Scope {
  /** A key for memoising arbitraries (scopes with the same names and rights share it). */
  key: string;
  ints: string[];
  floats: string[];
  strings: string[];
  /** Calls of the program's helpers (hI, hF, hS), which have side effects. */
  calls: boolean;
  /** Assignments and ++/-- of the int variables inside expressions. */
  mutations: boolean;
  /**
   * Engine function calls (IntToString, GetSubString…; templates call IntToString too). The
   * transpiler counts them as side effects, and an action allows effects in one argument only.
   */
  engine: boolean;
}

const INT_EDGES = [2147483647, -2147483648, 65536, -65536, 1073741824, 255, -1, 0];
const FLOAT_LITERALS = ["0.0", "0.5", "1.0", "2.5", "0.1", "0.3", "3.14159", "100.0", "0.001", "16777217.0", "1000000.0"];
const STRING_LITERALS = ["", "a", "bc", "Hello", "x y", "q\"uote", "back\\slash"];

const intLiteral: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(...INT_EDGES))
  .map((n) => (n < 0 ? `(${n})` : String(n)));

const floatLiteral: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FLOAT_LITERALS), fc.boolean())
  .map(([text, negative]) => (negative ? `(-${text})` : text));

const stringLiteral: fc.Arbitrary<string> = fc.constantFrom(...STRING_LITERALS).map((s) => JSON.stringify(s));

/**
 * TypeScript reads `a < (…> (…` and `a << (…> (…` as the start of type arguments (`f<T>(x)`)
 * and rejects the line; a right operand after `<` or `<<` never starts with a parenthesis.
 */
function afterLess(op: string, right: string, kind: "int" | "float"): string {
  if ((op !== "<" && op !== "<<") || !right.startsWith("(")) return right;
  return `${kind === "int" ? "0" : "0.0"} + ${right}`;
}

const memo = new Map<string, fc.Arbitrary<string>>();

/** An expression of `kind` at most `depth` operators deep. */
export function expr(kind: Kind, scope: Scope, depth: number): fc.Arbitrary<string> {
  const key = `${kind}|${scope.key}|${depth}`;
  let arb = memo.get(key);
  if (!arb) {
    arb = depth <= 0 ? leaf(kind, scope) : fc.oneof({ withCrossShrink: true }, leaf(kind, scope), ...compound(kind, scope, depth - 1));
    memo.set(key, arb);
  }
  return arb;
}

function leaf(kind: Kind, scope: Scope): fc.Arbitrary<string> {
  switch (kind) {
    case "int":
      return scope.ints.length ? fc.oneof(intLiteral, fc.constantFrom(...scope.ints)) : intLiteral;
    case "float":
      return scope.floats.length ? fc.oneof(floatLiteral, fc.constantFrom(...scope.floats)) : floatLiteral;
    case "string":
      return scope.strings.length ? fc.oneof(stringLiteral, fc.constantFrom(...scope.strings)) : stringLiteral;
    case "bool":
      // A leaf condition orders a variable against a literal (no == here: see "bool" below).
      return fc.tuple(fc.constantFrom(...scope.ints), fc.constantFrom("<", "<=", ">", ">="), intLiteral).map(([v, op, n]) => `(${v} ${op} ${afterLess(op, n, "int")})`);
  }
}

function compound(kind: Kind, scope: Scope, d: number): fc.Arbitrary<string>[] {
  const I = expr("int", scope, d);
  const F = expr("float", scope, d);
  const S = expr("string", scope, d);
  const B = expr("bool", scope, d);
  const bin = (a: fc.Arbitrary<string>, ops: string[], b: fc.Arbitrary<string>) => fc.tuple(a, fc.constantFrom(...ops), b).map(([x, op, y]) => `(${x} ${op} ${y})`);
  const ternary = (a: fc.Arbitrary<string>) => fc.tuple(B, a, a).map(([c, x, y]) => `(${c} ? ${x} : ${y})`);
  switch (kind) {
    case "int": {
      const arbs = [
        bin(I, ["+", "-", "*", "&", "|", "^"], I),
        fc.tuple(I, fc.constantFrom("/", "%"), I).map(([x, op, y]) => `(${x} ${op} (${y} | 1))`),
        fc.tuple(I, fc.constantFrom("<<", ">>"), I).map(([x, op, y]) => `(${x} ${op} ${afterLess(op, `(${y} & 31)`, "int")})`),
        fc.tuple(fc.constantFrom("-", "~"), I).map(([op, x]) => `(${op}${x})`),
        ternary(I),
        // && and || on ints give 0 or 1; the left operand is a variable (a literal is "always truthy").
        fc.tuple(fc.constantFrom(...scope.ints), fc.constantFrom("&&", "||"), I).map(([v, op, y]) => `(${v} ${op} ${y})`),
      ];
      if (scope.engine) arbs.push(S.map((s) => `GetStringLength(${s})`), F.map((f) => `FloatToInt(${f})`));
      if (scope.calls) arbs.push(fc.tuple(I, I).map(([a, b]) => `hI(${a}, ${b})`));
      if (scope.mutations) {
        const v = fc.constantFrom(...scope.ints);
        arbs.push(fc.tuple(v, I).map(([x, y]) => `(${x} = ${y})`));
        arbs.push(fc.tuple(v, fc.constantFrom("++", "--"), fc.boolean()).map(([x, op, pre]) => (pre ? `(${op}${x})` : `(${x}${op})`)));
      }
      return arbs;
    }
    case "float": {
      const arbs = [
        bin(F, ["+", "-", "*"], F),
        // int and float mix in + - * (the result is a float).
        bin(F, ["+", "-", "*"], I),
        bin(I, ["+", "-", "*"], F),
        // The divisor f * f + 1 is never 0.0 (at worst inf or nan).
        fc.tuple(F, F).map(([x, y]) => `(${x} / ((${y} * ${y}) + 1.0))`),
        F.map((x) => `(-${x})`),
        ternary(F),
      ];
      if (scope.engine) arbs.push(I.map((x) => `IntToFloat(${x})`));
      if (scope.calls) arbs.push(fc.tuple(F, I).map(([x, n]) => `hF(${x}, ${n})`));
      return arbs;
    }
    case "string": {
      const arbs = [bin(S, ["+"], S), ternary(S)];
      if (scope.engine) {
        arbs.push(
          I.map((x) => `IntToString(${x})`),
          fc.tuple(F, fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 9 })).map(([f, w, n]) => `FloatToString(${f}, ${w}, ${n})`),
          fc.tuple(S, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 })).map(([s, from, n]) => `GetSubString(${s}, ${from}, ${n})`),
          fc.tuple(I, S).map(([x, s]) => "`<${" + x + "}:${" + s + "}>`"),
        );
      }
      if (scope.calls) arbs.push(fc.tuple(S, I).map(([s, n]) => `hS(${s}, ${n})`));
      return arbs;
    }
    case "bool": {
      // The left operand is never a bare literal or variable: TypeScript rejects comparing two
      // literals, and after `s == "a"` it narrows s to "a", so a later `s == "b"` would be rejected.
      const ops = ["<", "<=", ">", ">=", "==", "!="];
      const compare = (left: fc.Arbitrary<string>, right: fc.Arbitrary<string>, kind: "int" | "float") =>
        fc.tuple(left, fc.constantFrom(...ops), right).map(([x, op, y]) => `(${x} ${op} ${afterLess(op, y, kind)})`);
      const arbs = [
        compare(bin(I, ["+", "-"], I), I, "int"),
        compare(bin(F, ["+", "*"], F), F, "float"),
        bin(B, ["&&", "||"], B),
        B.map((b) => `(!${b})`),
      ];
      if (scope.strings.length) arbs.push(fc.tuple(fc.constantFrom(...scope.strings), S, fc.constantFrom("==", "!="), S).map(([v, t, op, s]) => `((${v} + ${t}) ${op} ${s})`));
      return arbs;
    }
  }
}
