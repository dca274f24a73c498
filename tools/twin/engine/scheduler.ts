// Commands waiting on the simulated clock (DelayCommand, AssignCommand, ActionDoCommand, delayed
// DestroyObject). Due times are whole milliseconds; equal due times run in scheduling order.
import type { NwAction, NwObject } from "../values.js";

export interface Scheduled {
  readonly dueMs: number;
  /** Scheduling order, the tie-breaker for equal due times. */
  readonly seq: number;
  readonly owner: NwObject;
  readonly action: NwAction;
}

export class Scheduler {
  private queue: Scheduled[] = [];
  private nextSeq = 0;

  add(dueMs: number, owner: NwObject, action: NwAction): void {
    const item: Scheduled = { dueMs, seq: this.nextSeq++, owner, action };
    // Insert after every item due at or before it: keeps ties in scheduling order.
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.queue[mid]!.dueMs <= dueMs) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, item);
  }

  /** The earliest item if it is due at or before `limitMs`, removed from the queue. */
  takeDue(limitMs: number): Scheduled | undefined {
    const first = this.queue[0];
    if (!first || first.dueMs > limitMs) return undefined;
    this.queue.shift();
    return first;
  }

  /** Due time of the earliest item, or undefined when idle. */
  nextDueMs(): number | undefined {
    return this.queue[0]?.dueMs;
  }

  get size(): number {
    return this.queue.length;
  }

  /** Drops everything owned by the object with this id (used when it is destroyed). */
  dropOwnedBy(id: number): void {
    this.queue = this.queue.filter((s) => s.owner.id !== id);
  }
}
