// What the twin transform knows about one module, gathered while the transpiler lowers it,
// keyed by source position so it can be found again in a fresh parse of the same text.
import { ts } from "#ts-morph";
import type { TwinHooks } from "../../../compiler/lower/context.js";

export const keyOf = (n: ts.Node): string => `${n.pos}:${n.end}:${n.kind}`;

export interface ModuleFacts {
  types: Map<string, string>;
  /** `setByBuild`: the const's value comes from build configuration, not from its initializer. */
  declarations: Map<string, { type: string; global: boolean; constantValue?: number | string; setByBuild?: boolean }>;
  locals: Set<string>;
}

export class FactCollector implements TwinHooks {
  readonly byFile = new Map<string, ModuleFacts>();

  private facts(n: ts.Node): ModuleFacts {
    const file = n.getSourceFile().fileName;
    let f = this.byFile.get(file);
    if (!f) this.byFile.set(file, (f = { types: new Map(), declarations: new Map(), locals: new Set() }));
    return f;
  }

  expression(node: ts.Expression, type: string): void {
    this.facts(node).types.set(keyOf(node), type);
  }

  declaration(node: ts.VariableDeclaration, type: string, global: boolean, constantValue?: number | string, setByBuild?: boolean): void {
    this.facts(node).declarations.set(keyOf(node), setByBuild ? { type, global, constantValue, setByBuild } : { type, global, constantValue });
  }

  local(node: ts.Identifier): void {
    this.facts(node).locals.add(keyOf(node));
  }
}
