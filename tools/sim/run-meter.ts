// Instruction estimates of every top-level script run, told apart by what ran it: a run whose
// OBJECT_SELF is an area is the area controller (its 1 s tick loop, or OnEnter/OnExit); any other
// run is an NPC hook, the module's, or a command one of them queued. The twin's runtime keeps only
// the largest run since it was last asked, so the meter asks after every run.
import type { World } from "../twin/engine/index.js";
import { takePeakInstructions } from "../twin/node/runtime.js";
import type { NwObject } from "../twin/values.js";

export interface WorstAreaRun {
  tick: number;
  instructions: number;
  area: string;
  /** Live NPCs (non-PC creatures) in that area when the run ended. */
  npcs: number;
}

export interface WorstOtherRun {
  tick: number;
  instructions: number;
  /** Tag of its OBJECT_SELF (its kind when the tag is empty, e.g. "module"). */
  self: string;
}

export class RunMeter {
  tick = -1;
  worstArea: WorstAreaRun = { tick: -1, instructions: 0, area: "", npcs: 0 };
  worstOther: WorstOtherRun = { tick: -1, instructions: 0, self: "" };
  private tickPeak = 0;
  private self: NwObject | undefined;
  private depth = 0;

  constructor(private readonly w: World) {
    takePeakInstructions();
    const runScript = w.runScript.bind(w);
    w.runScript = (self, body) => {
      if (this.depth === 0) this.self = self;
      this.depth++;
      try {
        runScript(self, body);
      } finally {
        this.depth--;
      }
    };
    // Registered after the runtime's endRun (installEngine adds it first): this run's count.
    w.scriptEndHooks.push(() => this.ended());
  }

  /** The largest run since the last call. */
  takeTickPeak(): number {
    const p = this.tickPeak;
    this.tickPeak = 0;
    return p;
  }

  private ended(): void {
    const n = takePeakInstructions();
    if (n > this.tickPeak) this.tickPeak = n;
    const self = this.self && this.w.lookup(this.self);
    if (self?.kind === "area") {
      if (n > this.worstArea.instructions) {
        const npcs = self.contents.filter((o) => o.kind === "creature" && !o.isPC && !o.destroyed && !o.dead).length;
        this.worstArea = { tick: this.tick, instructions: n, area: self.tag, npcs };
      }
    } else if (n > this.worstOther.instructions) {
      this.worstOther = { tick: this.tick, instructions: n, self: self ? self.tag || self.kind : "" };
    }
  }
}
