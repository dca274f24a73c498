// `npc-build sim` in-process: a small run completes with no invariant violation, writes a report
// with one entry per simulated second, and the same seed gives the same series.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../cli/helpers.js";

interface Report {
  params: { npcs: number; areas: number; minutes: number; seed: number };
  ticks: number;
  wallMs: number[];
  peakInstructions: number[];
  alive: number[];
  areas: { tag: string; depth: number[]; processed: number[]; deferred: number[]; degraded: number[]; state: number[] }[];
  violationCount: number;
  scriptFailures: unknown[];
  worstInstructions: { instructions: number; limit: number };
  worstAreaRun: { instructions: number; area: string; npcs: number };
  worstOtherRun: { instructions: number };
  totals: { processed: number };
  totalMs: number;
}

const SMALL = ["--npcs", "20", "--areas", "3", "--minutes", "1"];

async function simRun(dir: string, seed: string): Promise<{ code: number; stderr: string; stdout: string; report: Report; html: string }> {
  const res = await runCli(["sim", ...SMALL, "--seed", seed, "--report", "out"], dir);
  const report = JSON.parse(fs.readFileSync(path.join(dir, "out", "report.json"), "utf8")) as Report;
  const html = fs.readFileSync(path.join(dir, "out", "index.html"), "utf8");
  return { ...res, report, html };
}

/** The report without what depends on the machine (wall times). */
function deterministicPart(r: Report): unknown {
  const { wallMs: _w, totalMs: _t, ...rest } = r as Report & { setupMs?: number };
  delete (rest as { setupMs?: number }).setupMs;
  return rest;
}

describe("npc-build sim", () => {
  it("runs a small module, checks the invariants every tick and writes the report", async () => {
    const dir = tempDir();
    const a = await simRun(dir, "7");
    expect(a.stderr).not.toMatch(/invariant violated at|script failure at/);
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/minute 1\/1: .* s wall, \d+ NPCs alive, worst queue depth \d+/);
    expect(a.stderr).toMatch(/npc-build sim: done, 1 min simulated in [\d.]+ s wall; 0 invariant violations, 0 script failures; \d+ NPCs alive; worst area tick \d+ of 524288 instructions \(\d+ NPCs\)/);
    expect(a.stdout).toMatch(/Invariant violations: 0/);
    const r = a.report;
    expect(r.params).toMatchObject({ npcs: 20, areas: 3, minutes: 1, seed: 7 });
    expect(r.ticks).toBe(60);
    expect(r.wallMs).toHaveLength(60);
    expect(r.peakInstructions).toHaveLength(60);
    expect(r.areas).toHaveLength(3);
    for (const s of r.areas) {
      for (const series of [s.depth, s.processed, s.deferred, s.degraded, s.state]) expect(series).toHaveLength(60);
    }
    expect(r.violationCount).toBe(0);
    expect(r.scriptFailures).toEqual([]);
    // The module did work: heartbeats ran and scripts were charged instructions within the limit.
    expect(r.totals.processed).toBeGreaterThan(0);
    expect(r.worstInstructions.instructions).toBeGreaterThan(0);
    expect(r.worstInstructions.instructions).toBeLessThanOrEqual(r.worstInstructions.limit);
    // Runs on an area (the controller) and the others are told apart; the largest is one of them.
    expect(r.worstAreaRun.instructions).toBeGreaterThan(0);
    expect(r.worstOtherRun.instructions).toBeGreaterThan(0);
    expect(Math.max(r.worstAreaRun.instructions, r.worstOtherRun.instructions)).toBe(r.worstInstructions.instructions);
    expect(r.worstAreaRun.area).toMatch(/^AREA\d$/);
    // The page embeds chart.js and the per-tick data; nothing is fetched from the network.
    expect(a.html).toContain('<script id="sim-data" type="application/json">');
    const data = JSON.parse(a.html.match(/<script id="sim-data" type="application\/json">(.*?)<\/script>/s)![1]!) as { tick: number[]; processed: number[] };
    expect(data.tick).toHaveLength(60);
    expect(data.processed.reduce((x, y) => x + y, 0)).toBe(r.totals.processed);
    expect(a.html).toMatch(/new Chart\(/);
    expect(a.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);

    const again = await simRun(tempDir(), "7");
    expect(deterministicPart(again.report)).toEqual(deterministicPart(r));
    const other = await simRun(tempDir(), "8");
    expect(deterministicPart(other.report)).not.toEqual(deterministicPart(r));
  });

  it.each([
    [["--npcs", "0"], /--npcs takes a whole number of at least 1, got "0"/],
    [["--areas", "x"], /--areas takes a whole number/],
    [["--minutes", "-3"], /--minutes takes a whole number/],
    [["--bogus"], /unknown option '--bogus'/],
  ])("rejects bad options %j with exit 2 and one line", async (args, message) => {
    const res = await runCli(["sim", ...args], tempDir());
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
  });
});
