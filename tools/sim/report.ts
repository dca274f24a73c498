// Writes the run's report: report.json (everything) and index.html (charts, self-contained:
// chart.js is inlined, the data is embedded, nothing is fetched).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SimResult } from "./simulate.js";

/** Per-tick sums over the areas: what the charts draw. */
export interface ChartData {
  tick: number[];
  depthMax: number[];
  depthSum: number[];
  processed: number[];
  deferred: number[];
  skipped: number[];
  degradedAreas: number[];
  runningAreas: number[];
  wallMs: number[];
  peakInstructions: number[];
}

export function chartData(r: SimResult): ChartData {
  const n = r.ticks;
  const sum = (pick: (s: SimResult["areas"][number]) => number[]) => Array.from({ length: n }, (_, t) => r.areas.reduce((acc, s) => acc + pick(s)[t]!, 0));
  return {
    tick: Array.from({ length: n }, (_, t) => t + 1),
    depthMax: Array.from({ length: n }, (_, t) => r.areas.reduce((acc, s) => Math.max(acc, s.depth[t]!), 0)),
    depthSum: sum((s) => s.depth),
    processed: sum((s) => s.processed),
    deferred: sum((s) => s.deferred),
    skipped: sum((s) => s.skipped),
    degradedAreas: sum((s) => s.degraded),
    runningAreas: Array.from({ length: n }, (_, t) => r.areas.filter((s) => s.state[t] === 1).length),
    wallMs: r.wallMs,
    peakInstructions: r.peakInstructions,
  };
}

export function writeReport(dir: string, r: SimResult): { json: string; html: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, "report.json");
  const html = join(dir, "index.html");
  writeFileSync(json, JSON.stringify(r) + "\n");
  writeFileSync(html, reportHtml(r));
  return { json, html };
}

function chartJsSource(): string {
  const require = createRequire(import.meta.url);
  // The package's exports do not list the UMD build: find it next to the CommonJS entry point.
  return readFileSync(join(dirname(require.resolve("chart.js")), "chart.umd.min.js"), "utf8");
}

export function summaryRows(r: SimResult): [string, string][] {
  const p = r.params;
  const wall = r.wallMs.reduce((a, b) => a + b, 0);
  return [
    ["NPCs / areas / PCs", `${p.npcs} / ${p.areas} / ${p.pcs}`],
    ["Simulated time", `${p.minutes} min (${r.ticks} ticks), seed ${p.seed}`],
    [
      "Wall time",
      `${(r.totalMs / 1000).toFixed(2)} s (world setup ${(r.setupMs / 1000).toFixed(2)} s, simulated ticks ${(wall / 1000).toFixed(2)} s, recording and invariant checks ${((r.totalMs - r.setupMs - wall) / 1000).toFixed(2)} s; compiling the hooks not counted)`,
    ],
    ["Slowest tick", `${Math.max(0, ...r.wallMs).toFixed(2)} ms`],
    ["Heartbeats processed / skipped / deferred", `${r.totals.processed} / ${r.totals.skipped} / ${r.totals.deferred}`],
    ["Worst queue depth", String(r.totals.worstDepth)],
    ["Area-ticks in degraded mode", String(r.totals.degradedTicks)],
    ["Deaths / respawns", `${r.totals.deaths} / ${r.totals.respawns}`],
    ["NPCs alive at the end", `${r.alive.at(-1) ?? 0} (fewest ${Math.min(...r.alive)})`],
    ["Worst instruction estimate (one run)", `${r.worstInstructions.instructions} of ${r.worstInstructions.limit} (${percent(r.worstInstructions.instructions, r.worstInstructions.limit)})`],
    [
      "Worst area tick (one run on an area; twin estimate, see docs/npc_benchmarks.md)",
      `${r.worstAreaRun.instructions} of ${r.worstAreaRun.limit} (${percent(r.worstAreaRun.instructions, r.worstAreaRun.limit)}; target < 2 % = ${Math.floor(r.worstAreaRun.limit * 0.02)}): ${r.worstAreaRun.area} with ${r.worstAreaRun.npcs} NPCs, ${r.params.pcs} PCs in the module, tick ${r.worstAreaRun.tick}`,
    ],
    ["Worst other run (NPC hooks, queued commands)", `${r.worstOtherRun.instructions} of ${r.worstOtherRun.limit} (${percent(r.worstOtherRun.instructions, r.worstOtherRun.limit)}): OBJECT_SELF ${r.worstOtherRun.self || "(none)"}, tick ${r.worstOtherRun.tick}`],
    ["Invariant violations", String(r.violationCount)],
    ["Script failures", String(r.scriptFailures.length)],
  ];
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function reportHtml(r: SimResult): string {
  const data = chartData(r);
  // JSON inside <script>: "<" escaped so no "</script>" can end the block early.
  const embedded = JSON.stringify(data).replace(/</g, "\\u003c");
  const rows = summaryRows(r)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join("\n");
  const violations = r.violations.map((v) => `<li>tick ${v.tick}: ${escapeHtml(v.message)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>npc-build sim report</title>
<style>
body { font-family: sans-serif; margin: 1.5em; max-width: 1100px; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
.chart { height: 260px; margin: 1.5em 0; }
</style>
<script>${chartJsSource()}</script>
</head>
<body>
<h1>npc-build sim</h1>
<table>
${rows}
</table>
${violations ? `<h2>Invariant violations</h2>\n<ul>\n${violations}\n</ul>` : ""}
<h2>Queue depth</h2><div class="chart"><canvas id="depth"></canvas></div>
<h2>Heartbeats processed / deferred / skipped per tick</h2><div class="chart"><canvas id="work"></canvas></div>
<h2>Areas in degraded mode, areas running</h2><div class="chart"><canvas id="degraded"></canvas></div>
<h2>Wall time per simulated second (ms)</h2><div class="chart"><canvas id="wall"></canvas></div>
<h2>Largest instruction estimate of one script run per tick</h2><div class="chart"><canvas id="instr"></canvas></div>
<script id="sim-data" type="application/json">${embedded}</script>
<script>
const d = JSON.parse(document.getElementById("sim-data").textContent);
const opts = { animation: false, maintainAspectRatio: false, elements: { point: { radius: 0 } }, scales: { x: { title: { display: true, text: "simulated second" } } } };
function line(id, sets, extra) {
  new Chart(document.getElementById(id), { type: "line", data: { labels: d.tick, datasets: sets.map(([label, key, step]) => ({ label, data: d[key], borderWidth: 1, stepped: !!step })) }, options: Object.assign({}, opts, extra || {}) });
}
line("depth", [["max over areas", "depthMax"], ["sum over areas", "depthSum"]]);
line("work", [["processed", "processed"], ["deferred", "deferred"], ["skipped", "skipped"]]);
line("degraded", [["areas in degraded mode", "degradedAreas", true], ["areas running", "runningAreas", true]]);
line("wall", [["wall ms", "wallMs"]]);
line("instr", [["instructions", "peakInstructions"]]);
</script>
</body>
</html>
`;
}
