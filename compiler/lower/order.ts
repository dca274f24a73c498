// Forcing TypeScript's left-to-right evaluation order on NWScript, which evaluates call
// arguments right to left, by moving just the operands that need it into temporaries.
import { ts } from "#ts-morph";
import type { NwExpr, NwStmt } from "../nwscript/ast.js";
import type { FunctionScope } from "./context.js";
import { affects, effectsOf, type Effects } from "./effects.js";
import { ERROR_TYPE, type Lowered } from "./lowered.js";

export interface Ordered {
  pre: NwStmt[];
  exprs: NwExpr[];
  /** Some operand had to move into a temporary (or brought statements of its own). */
  needsStatements: boolean;
}

/**
 * Operands evaluated left to right in both languages (binary operators, struct fields). Only an
 * operand that brought statements of its own (`pre`) can upset the order: operands before it
 * that have effects, or that it can change, are moved into temporaries ahead of those statements.
 */
export function orderLeftToRight(fs: FunctionScope, nodes: ts.Expression[], items: Lowered[]): Ordered {
  const fx = lazyEffects(fs, nodes);
  const hoist = new Set<number>();
  items.forEach((item, i) => {
    if (item.pre.length === 0) return;
    for (let j = 0; j < i; j++) {
      if (!fx(j).constant && (fx(j).sideEffects || affects(fx(i), fx(j)))) hoist.add(j);
    }
  });
  return assemble(fs, items, hoist);
}

/**
 * Call arguments: NWScript evaluates them right to left. With at most one argument that has side
 * effects nothing moves, unless that argument can change what another reads; otherwise every
 * argument with effects but the last runs first, in order, from a temporary.
 */
export function orderCallArguments(fs: FunctionScope, nodes: ts.Expression[], items: Lowered[]): Ordered {
  const fx = lazyEffects(fs, nodes);
  const effectful = items.map((item, i) => item.pre.length > 0 || fx(i).sideEffects);
  const withEffects = effectful.flatMap((e, i) => (e ? [i] : []));
  const hoist = new Set<number>(withEffects.slice(0, -1));
  const last = withEffects[withEffects.length - 1];
  if (last !== undefined) {
    items.forEach((_, j) => {
      if (effectful[j] || fx(j).constant) return;
      // j is read in place; it must see exactly the effects that precede it in TypeScript.
      for (const i of withEffects) {
        if (!affects(fx(i), fx(j))) continue;
        if (i > j) hoist.add(j); // read j before i's effects
        else if (i === last) hoist.add(last); // i's effects must come first
      }
    });
  }
  return assemble(fs, items, hoist);
}

function assemble(fs: FunctionScope, items: Lowered[], hoist: Set<number>): Ordered {
  const pre: NwStmt[] = [];
  const exprs = items.map((item, i) => {
    pre.push(...item.pre);
    if (!hoist.has(i) || item.type === ERROR_TYPE || item.type === "void") return item.expr;
    return { kind: "name", name: fs.hoist(pre, item.type, item.expr) } as NwExpr;
  });
  return { pre, exprs, needsStatements: pre.length > 0 };
}

function lazyEffects(fs: FunctionScope, nodes: ts.Expression[]): (i: number) => Effects {
  const cache: Effects[] = [];
  return (i) => (cache[i] ??= effectsOf(fs, nodes[i]));
}
