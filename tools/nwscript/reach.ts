// Problems the official compiler only finds when it lays out the final code: a `continue` outside
// a loop and a call to a prototype that never gets a body. Both are reported without a line, and
// only when the function holding them can run (the compiler drops functions nothing calls).

/** Who holds a call or a problem: a function name, or "#globals" for global initialisers. */
export type Owner = string;

export const GLOBALS: Owner = "#globals";

export type LabelProblem =
  | { readonly kind: "continue"; readonly owner: Owner }
  | { readonly kind: "missingBody"; readonly owner: Owner; readonly callee: string };

export class CallGraph {
  private readonly edges = new Map<Owner, Set<string>>();
  readonly problems: LabelProblem[] = [];

  addCall(owner: Owner, callee: string): void {
    let set = this.edges.get(owner);
    if (!set) this.edges.set(owner, (set = new Set()));
    set.add(callee);
  }

  /** Everything reachable from the given roots. */
  reachable(roots: readonly Owner[]): Set<Owner> {
    const seen = new Set<Owner>();
    const todo = [...roots];
    while (todo.length > 0) {
      const cur = todo.pop()!;
      if (seen.has(cur)) continue;
      seen.add(cur);
      for (const next of this.edges.get(cur) ?? []) todo.push(next);
    }
    return seen;
  }

  /** The first problem (in code order) inside reachable code. */
  firstReachableProblem(roots: readonly Owner[]): LabelProblem | undefined {
    const live = this.reachable(roots);
    return this.problems.find((p) => live.has(p.owner));
  }
}
