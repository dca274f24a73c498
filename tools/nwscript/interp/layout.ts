// How values sit on the interpreter's stack, as in the NCS virtual machine: every int, float,
// string, object and engine value takes one slot; a vector is three float slots; a struct is its
// fields' slots one after the other. Copying a struct or vector is copying its slots, which gives
// NWScript's value semantics without allocating anything.
import type { StructDecl } from "../ast.js";
import type { NssType } from "../types.js";

export interface FieldSlot {
  readonly offset: number;
  readonly size: number;
  readonly type: NssType;
}

const VECTOR_FIELDS = ["x", "y", "z"];

export class Layout {
  private readonly sizes = new Map<string, number>();

  constructor(private readonly structs: ReadonlyMap<string, StructDecl>) {}

  /** Stack slots a value of this type takes (0 for void, action, and an undefined structure). */
  sizeOf(t: NssType): number {
    switch (t.kind) {
      case "vector":
        return 3;
      case "void":
      case "action":
        return 0;
      case "struct":
        return this.structSize(t.name);
      default:
        return 1;
    }
  }

  private structSize(name: string): number {
    const known = this.sizes.get(name);
    if (known !== undefined) return known;
    const decl = this.structs.get(name);
    let size = 0;
    if (decl) {
      this.sizes.set(name, 0); // a structure cannot contain itself; guards the recursion
      for (const f of decl.fields) size += this.sizeOf(f.type);
    }
    this.sizes.set(name, size);
    return size;
  }

  /** Where field number `index` of a struct or vector lies inside the value. */
  field(t: NssType, index: number): FieldSlot {
    if (t.kind === "vector") return { offset: index, size: 1, type: { kind: "float" } };
    if (t.kind !== "struct") throw new Error(`interp: field access on ${t.kind}`);
    const decl = this.structs.get(t.name);
    if (!decl) throw new Error(`interp: undefined structure ${t.name}`);
    let offset = 0;
    for (let i = 0; i < index; i++) offset += this.sizeOf(decl.fields[i].type);
    const f = decl.fields[index];
    return { offset, size: this.sizeOf(f.type), type: f.type };
  }

  /** The slot types of a value, in stack order (a vector is three floats). */
  slotTypes(t: NssType, out: NssType[] = []): NssType[] {
    if (t.kind === "vector") {
      for (let i = 0; i < VECTOR_FIELDS.length; i++) out.push({ kind: "float" });
    } else if (t.kind === "struct") {
      const decl = this.structs.get(t.name);
      if (decl) for (const f of decl.fields) this.slotTypes(f.type, out);
    } else if (t.kind !== "void" && t.kind !== "action") {
      out.push(t);
    }
    return out;
  }
}
