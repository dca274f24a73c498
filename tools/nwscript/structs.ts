// Structure types known to the checker, in definition order: the predefined vector plus each
// `struct` definition, with the sizes the official compiler uses (one stack slot per
// int/float/string/object/engine value, a field of an undefined structure counting as nothing).
import type { StructDecl } from "./ast.js";
import { E, NssError } from "./errors.js";
import { type NssType, T_FLOAT } from "./types.js";

interface StructInfo {
  readonly fields: readonly { readonly name: string; readonly type: NssType }[];
  readonly size: number;
  readonly decl?: StructDecl;
}

const VECTOR_INFO: StructInfo = {
  fields: [
    { name: "x", type: T_FLOAT },
    { name: "y", type: T_FLOAT },
    { name: "z", type: T_FLOAT },
  ],
  size: 3,
};

export class StructTable {
  private readonly byName = new Map<string, StructInfo>([["vector", VECTOR_INFO]]);

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Stack slots a value of this type takes. */
  sizeOf(t: NssType): number {
    if (t.kind === "vector") return 3;
    if (t.kind === "struct") return this.byName.get(t.name)?.size ?? 0;
    if (t.kind === "void" || t.kind === "action") return 0;
    return 1;
  }

  define(d: StructDecl): void {
    const fail = (message: string, line: number): never => {
      throw new NssError(message, d.pos.file, line);
    };
    if (this.byName.has(d.name)) fail(E.STRUCTURE_REDEFINED, d.pos.line);
    const names = new Set<string>();
    for (const f of d.fields) {
      if (names.has(f.name)) fail(E.VARIABLE_USED_TWICE_IN_SAME_STRUCTURE, f.pos.line);
      names.add(f.name);
    }
    const size = d.fields.reduce((n, f) => n + this.sizeOf(f.type), 0);
    if (size === 0) fail(E.UNKNOWN_STATE, d.pos.line);
    this.byName.set(d.name, { fields: d.fields, size, decl: d });
  }

  /** The field of a struct or vector type: its index and type, or the official error. */
  field(t: NssType, name: string): { index: number; type: NssType } | string {
    if (t.kind !== "struct" && t.kind !== "vector") return E.LEFT_OF_STRUCTURE_PART_NOT_STRUCTURE;
    const info = this.byName.get(t.kind === "struct" ? (t as { name: string }).name : "vector");
    if (!info) return E.UNDEFINED_STRUCTURE;
    const index = info.fields.findIndex((f) => f.name === name);
    if (index < 0) return E.UNDEFINED_FIELD_IN_STRUCTURE;
    return { index, type: info.fields[index].type };
  }

  /** The kind of the last stack slot a value of this type fills (what a condition test reads). */
  topSlotKind(t: NssType): string | undefined {
    if (t.kind === "vector") return "float";
    if (t.kind === "struct") {
      const info = this.byName.get(t.name);
      const last = info?.fields[info.fields.length - 1];
      return last ? this.topSlotKind(last.type) : undefined;
    }
    if (t.kind === "void" || t.kind === "action") return undefined;
    return t.kind;
  }

  /** User structure definitions by name. */
  declarations(): Map<string, StructDecl> {
    const out = new Map<string, StructDecl>();
    for (const [name, info] of this.byName) if (info.decl) out.set(name, info.decl);
    return out;
  }
}
