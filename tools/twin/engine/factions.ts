// Factions and reputation. How a source regards a target (0..100; 0-10 hostile, 11-89 neutral,
// 90-100 friendly) is the faction standing plus the source's personal reputation toward the
// target, clamped to 0..100:
//  - NPC source, NPC target: the matrix value of (source faction → target faction);
//  - NPC source, PC target: the source faction's standing toward that PC (per PC, initialised
//    from the matrix column of the "PC" faction);
//  - PC source, NPC target: mirrors the NPC faction's standing toward that PC (PCs have no
//    reputations of their own in the game);
//  - PC source, PC target: 100 for the same PC, else 50 (no parties, no PvP/like settings).
// Personal reputation is per (source, target) and is what makes hostility asymmetric (charm,
// SetIsTemporaryEnemy): it only changes how the source regards the target.
import type { GameObject } from "./objects.js";

/** Ids of the standard factions; STANDARD_FACTION_n is faction n + 1. */
export const FACTION_PC = 0;
export const FACTION_HOSTILE = 1;
export const FACTION_COMMONER = 2;
export const FACTION_MERCHANT = 3;
export const FACTION_DEFENDER = 4;

export const STANDARD_FACTION_NAMES = ["PC", "Hostile", "Commoner", "Merchant", "Defender"] as const;

/** Reputation thresholds of nwscript.nss. */
export const isHostileValue = (v: number): boolean => v <= 10;
export const isFriendlyValue = (v: number): boolean => v >= 90;

/**
 * A new module's reactions (rows: how the faction feels; columns: about whom), in the order
 * PC, Hostile, Commoner, Merchant, Defender.
 */
const DEFAULT_MATRIX: readonly (readonly number[])[] = [
  [100, 0, 50, 50, 50],
  [0, 100, 0, 0, 0],
  [50, 0, 100, 100, 100],
  [50, 0, 100, 100, 100],
  [50, 0, 100, 100, 100],
];

/** A personal reputation: an absolute value, or an adjustment that may decay linearly. */
export type Personal =
  | { readonly kind: "absolute"; readonly value: number }
  | { readonly kind: "adjust"; readonly amount: number; readonly startMs: number; readonly durationMs: number | undefined };

const clamp = (v: number): number => Math.max(0, Math.min(100, v));

export class Factions {
  readonly names: string[] = [...STANDARD_FACTION_NAMES];
  /** matrix[a][b]: how faction a feels about faction b. */
  private readonly matrix: number[][] = DEFAULT_MATRIX.map((row) => [...row]);
  /** PC id → faction id → that faction's standing toward the PC. */
  private readonly pcStanding = new Map<number, Map<number, number>>();
  /** "sourceId:targetId" → personal reputation of source toward target. */
  private readonly personal = new Map<string, Personal>();

  constructor(private readonly nowMs: () => number) {}

  /** Adds a faction; every existing faction feels 50 about it and it feels 50 about them. */
  add(name: string): number {
    if (this.byName(name) !== undefined) throw new Error(`faction "${name}" is defined twice`);
    const id = this.names.length;
    this.names.push(name);
    for (const row of this.matrix) row.push(50);
    this.matrix.push(this.names.map((_, i) => (i === id ? 100 : 50)));
    return id;
  }

  byName(name: string): number | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : i;
  }

  setFactionReaction(from: number, about: number, value: number): void {
    this.matrix[from]![about] = clamp(value);
  }

  factionReaction(from: number, about: number): number {
    return this.matrix[from]![about]!;
  }

  /** How faction `from` feels about `target` (the per-PC standing for PCs). */
  standing(from: number, target: GameObject): number {
    if (target.isPC) return this.pcStanding.get(target.id)?.get(from) ?? this.matrix[from]![FACTION_PC]!;
    return this.matrix[from]![target.faction]!;
  }

  /** Sets how faction `from` feels about `target`: per PC, or for the target's whole faction. */
  setStanding(from: number, target: GameObject, value: number): void {
    if (target.isPC) {
      let m = this.pcStanding.get(target.id);
      if (!m) {
        m = new Map();
        this.pcStanding.set(target.id, m);
      }
      m.set(from, clamp(value));
    } else {
      this.setFactionReaction(from, target.faction, value);
    }
  }

  /** Reputation of source toward target without personal reputation. */
  factionReputation(source: GameObject, target: GameObject): number {
    if (source.isPC && target.isPC) return source.id === target.id ? 100 : 50;
    if (source.isPC) return this.standing(target.faction, source);
    return this.standing(source.faction, target);
  }

  /** GetReputation(source, target). */
  reputation(source: GameObject, target: GameObject): number {
    const base = this.factionReputation(source, target);
    const p = this.personal.get(`${source.id}:${target.id}`);
    if (!p) return base;
    if (p.kind === "absolute") return p.value;
    let amount = p.amount;
    if (p.durationMs !== undefined) {
      const elapsed = this.nowMs() - p.startMs;
      if (elapsed >= p.durationMs) {
        this.personal.delete(`${source.id}:${target.id}`);
        return base;
      }
      amount = Math.trunc(amount * (1 - elapsed / p.durationMs));
    }
    return clamp(base + amount);
  }

  setPersonal(source: GameObject, target: GameObject, p: Personal): void {
    this.personal.set(`${source.id}:${target.id}`, p);
  }

  clearPersonal(source: GameObject, target: GameObject): void {
    this.personal.delete(`${source.id}:${target.id}`);
  }
}
