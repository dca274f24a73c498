// A one-file change under `npc-build watch`: time from writing the file to the rebuilt output
// being on disk (file-system event, debounce, update, write). The claim is under one second.
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { startWatch } from "../../compiler/cli/watcher.js";
import { median, round } from "./stats.js";

export interface WatchResult {
  project: string;
  edits: number;
  latencyMs: number[];
  medianMs: number;
  maxMs: number;
}

export async function watchLatency(tsconfig: string, editFile: string, label: string, edits: number): Promise<WatchResult> {
  const dir = mkdtempSync(join(tmpdir(), "npc-watch-"));
  cpSync(dirname(tsconfig), dir, { recursive: true });
  const io = { stdout: () => {}, stderr: () => {}, cwd: dir, env: process.env };
  const handle = startWatch({ io, flags: { project: join(dir, "tsconfig.json") } });
  const latencyMs: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const target = join(dir, editFile);
      const next = handle.nextRebuild();
      const start = performance.now();
      appendFileSync(target, `\nexport function BenchEdit${i}(): int { return ${i}; }\n`);
      const report = await next;
      if (report.diagnostics > 0) throw new Error(`edit ${i} produced diagnostics`);
      latencyMs.push(performance.now() - start);
    }
    const emitted = join(dir, "out", editFile.replace(/^src\//, "").replace(/\.ts$/, ".nss"));
    if (!readFileSync(emitted, "utf8").includes(`BenchEdit${edits - 1}`)) throw new Error("the last edit is not in the output");
  } finally {
    handle.close();
  }
  return { project: label, edits, latencyMs: latencyMs.map((x) => round(x)), medianMs: round(median(latencyMs)), maxMs: round(Math.max(...latencyMs)) };
}
