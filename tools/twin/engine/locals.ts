// Local variables of one object. The game keeps one table keyed by (name, type), so each type has
// its own namespace: SetLocalInt(o, "x") and SetLocalString(o, "x") do not overwrite each other.
import type { NwValue } from "../values.js";

export type LocalType = "int" | "float" | "string" | "object" | "location" | "json" | "cassowary";

export class Locals {
  private readonly tables = new Map<LocalType, Map<string, NwValue>>();
  /** Bumped by every set and delete, so a reader (the sim's invariant checker) can skip unchanged objects. */
  version = 0;
  /** The int table (also in `tables`), kept at hand: GetLocalInt is the engine call scripts make most. */
  private ints: Map<string, NwValue> | undefined;

  get(type: LocalType, name: string): NwValue | undefined {
    return (type === "int" ? this.ints : this.tables.get(type))?.get(name);
  }

  set(type: LocalType, name: string, value: NwValue): void {
    let table = this.tables.get(type);
    if (!table) {
      table = new Map();
      this.tables.set(type, table);
      if (type === "int") this.ints = table;
    }
    table.set(name, value);
    this.version++;
  }

  delete(type: LocalType, name: string): void {
    this.tables.get(type)?.delete(name);
    this.version++;
  }

  /** Every variable as [type, name, value], by type then in first-set order (for tests and dumps). */
  entries(): [LocalType, string, NwValue][] {
    const out: [LocalType, string, NwValue][] = [];
    for (const [type, table] of this.tables) for (const [name, value] of table) out.push([type, name, value]);
    return out;
  }

}
