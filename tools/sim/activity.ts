// Scripted player activity, one simulated second at a time, from a seeded stream: PCs log in
// and walk between areas; combat bursts near PCs (perception, attacks, damage, end of round);
// now and then an NPC is killed outright.
import type { SeededRandom } from "../twin/engine/random.js";
import type { NwObject } from "../twin/values.js";
import { randomPosition, type SimWorld } from "./world.js";

/** Per-second chances, in 1/1000. */
const MOVE_PER_MILLE = 30;
const BURST_PER_MILLE = 80;
const KILL_PER_MILLE = 15;
const BURST_MAX_NPCS = 6;
/** Seconds an NPC keeps getting end-of-round events after its last burst. */
const COMBAT_LINGER_SEC = 18;
const ROUND_SEC = 6;

export class Activity {
  /** pc index → area index (or -1 before login). */
  private readonly pcArea: number[];
  /** NPC id → last second it was in a burst. */
  private readonly inCombat = new Map<NwObject, number>();

  constructor(
    private readonly sim: SimWorld,
    private readonly rng: SeededRandom,
  ) {
    this.pcArea = sim.pcs.map(() => -1);
  }

  /** PCs log in, one per area from the first, after the module has loaded. */
  login(): void {
    const { w, pcs, areas } = this.sim;
    pcs.forEach((pc, i) => {
      const a = this.rng.below(areas.length);
      this.pcArea[i] = a;
      w.clientEnter(pc, areas[a], randomPosition(this.rng));
    });
  }

  /** What happens during second `t` (before the clock advances over it). */
  step(t: number): void {
    const { w, pcs, areas, npcsByArea } = this.sim;
    pcs.forEach((pc, i) => {
      if (this.chance(MOVE_PER_MILLE)) {
        const a = this.rng.below(areas.length);
        this.pcArea[i] = a;
        w.enterArea(pc, areas[a]!, randomPosition(this.rng));
      }
      if (this.chance(BURST_PER_MILLE)) this.burst(pc, npcsByArea[this.pcArea[i]!]!, t);
    });
    if (this.chance(KILL_PER_MILLE) && pcs.length > 0) {
      const i = this.rng.below(pcs.length);
      const victim = this.pickAlive(npcsByArea[this.pcArea[i]!]!);
      if (victim) w.kill(victim, pcs[i]!);
    }
    if (t % ROUND_SEC === 0) {
      for (const [npc, last] of [...this.inCombat]) {
        if (t - last > COMBAT_LINGER_SEC || w.call("GetIsDead", npc) !== 0) this.inCombat.delete(npc);
        else w.endCombatRound(npc);
      }
    }
  }

  private burst(pc: NwObject, npcs: NwObject[], t: number): void {
    const { w } = this.sim;
    const count = 1 + this.rng.below(BURST_MAX_NPCS);
    for (let k = 0; k < count; k++) {
      const npc = this.pickAlive(npcs);
      if (!npc) return;
      this.inCombat.set(npc, t);
      w.perceive(npc, pc, "seen");
      w.attack(npc, pc);
      if (this.chance(700)) w.damage(npc, pc, 1 + this.rng.below(30));
    }
  }

  private pickAlive(npcs: NwObject[]): NwObject | undefined {
    const { w } = this.sim;
    for (let tries = 0; tries < 4 && npcs.length > 0; tries++) {
      const npc = npcs[this.rng.below(npcs.length)]!;
      if (w.call("GetIsDead", npc) === 0) return npc;
    }
    return undefined;
  }

  private chance(perMille: number): boolean {
    return this.rng.below(1000) < perMille;
  }
}
