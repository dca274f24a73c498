// Scripted player activity, one simulated second at a time, from a seeded stream: PCs log in
// and walk between areas; combat bursts near PCs (perception, attacks, damage, end of round);
// now and then an NPC is killed outright. As on a persistent world, corpses decay (the object is
// destroyed) and the area's spawn brings a fresh NPC back some minutes after each death, so the
// population stays near its size however long the run (docs/cli.md, `sim`).
import type { SeededRandom } from "../twin/engine/random.js";
import type { NwObject } from "../twin/values.js";
import { addNpc, randomPosition, type SimWorld } from "./world.js";

/** Per-second chances, in 1/1000. */
const MOVE_PER_MILLE = 30;
const BURST_PER_MILLE = 80;
const KILL_PER_MILLE = 15;
const BURST_MAX_NPCS = 6;
/** Seconds an NPC keeps getting end-of-round events after its last burst. */
const COMBAT_LINGER_SEC = 18;
const ROUND_SEC = 6;
/** Seconds a corpse stays before it decays (the blueprint's decay time; the game's default is 5 s). */
export const CORPSE_DECAY_SEC = 6;
/** Seconds from a death to the spawn that replaces the NPC, in the same area. */
export const RESPAWN_SEC = 300;

export class Activity {
  /** pc index → area index (or -1 before login). */
  private readonly pcArea: number[];
  /** NPC id → last second it was in a burst. */
  private readonly inCombat = new Map<NwObject, number>();
  /** Dead NPCs not yet replaced, in order of death: [npc, area index, second of death]. */
  private readonly dead: { npc: NwObject; area: number; at: number; decayed: boolean }[] = [];
  /** NPC id → area index. */
  private readonly areaOf = new Map<number, number>();
  /** Deaths so far, and NPCs respawned so far. */
  deaths = 0;
  respawns = 0;

  constructor(
    private readonly sim: SimWorld,
    private readonly rng: SeededRandom,
  ) {
    this.pcArea = sim.pcs.map(() => -1);
    sim.npcsByArea.forEach((list, a) => list.forEach((npc) => this.areaOf.set(npc.id, a)));
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
    this.decayAndRespawn(t);
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
      if (victim) {
        w.kill(victim, pcs[i]!);
        this.noteDeath(victim, t);
      }
    }
    if (t % ROUND_SEC === 0) {
      for (const [npc, last] of [...this.inCombat]) {
        if (t - last > COMBAT_LINGER_SEC || !this.isAlive(npc)) this.inCombat.delete(npc);
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
      if (this.chance(700)) {
        w.damage(npc, pc, 1 + this.rng.below(30));
        this.noteDeath(npc, t);
      }
    }
  }

  /** Records `npc` as dead at second t if it just died. */
  private noteDeath(npc: NwObject, t: number): void {
    if (this.isAlive(npc)) return;
    this.deaths++;
    this.dead.push({ npc, area: this.areaOf.get(npc.id)!, at: t, decayed: false });
  }

  /** Corpses older than the decay time are destroyed; deaths older than the respawn time are replaced. */
  private decayAndRespawn(t: number): void {
    const { w, npcsByArea } = this.sim;
    for (const d of this.dead) {
      if (t - d.at < CORPSE_DECAY_SEC) break;
      if (d.decayed) continue;
      d.decayed = true;
      w.destroy(d.npc);
      const list = npcsByArea[d.area]!;
      list.splice(list.indexOf(d.npc), 1);
    }
    while (this.dead.length > 0 && t - this.dead[0]!.at >= RESPAWN_SEC) {
      const d = this.dead.shift()!;
      const npc = addNpc(this.sim, d.area, this.rng);
      this.areaOf.set(npc.id, d.area);
      this.respawns++;
      w.spawn(npc);
    }
  }

  private isAlive(npc: NwObject): boolean {
    const o = this.sim.w.lookup(npc);
    return o !== undefined && !o.dead;
  }

  private pickAlive(npcs: NwObject[]): NwObject | undefined {
    for (let tries = 0; tries < 4 && npcs.length > 0; tries++) {
      const npc = npcs[this.rng.below(npcs.length)]!;
      if (this.isAlive(npc)) return npc;
    }
    return undefined;
  }

  private chance(perMille: number): boolean {
    return this.rng.below(1000) < perMille;
  }
}
