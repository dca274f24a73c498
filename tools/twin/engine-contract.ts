// The contract between the engine simulator and what calls engine functions (subset modules under
// Node, and the reference interpreter). The simulator implements it; callers depend only on this.
import type { NwAction, NwObject, NwValue } from "./values.js";

/**
 * An engine function implementation. Arguments arrive complete — the caller fills omitted
 * trailing arguments from the defaults in nwscript.nss — with the representations of values.ts;
 * `action` arguments are NwAction. Returns the value (undefined for void).
 */
export type EngineFunction = (args: NwValue[]) => NwValue | undefined;

export interface EngineHost {
  /** OBJECT_SELF of the code running now. */
  readonly self: NwObject;
  /** The implementation of an engine function by name; throws EngineNotModeled if there is none. */
  engineFunction(name: string): EngineFunction;
  /**
   * Runs `body` as one script run with OBJECT_SELF = self: the instruction budget starts again,
   * and (for subset modules) module-level variables start from their initial values.
   */
  runScript(self: NwObject, body: () => void): void;
  /** Schedules an action (DelayCommand, AssignCommand, ActionDoCommand use this). */
  schedule(delaySeconds: number, owner: NwObject, action: NwAction): void;
  /** Lines passed to PrintString, in order. */
  readonly printed: string[];
}
