// Latency figures of the health probe: percentiles of timed samples.

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * The nearest-rank percentile (the smallest sample with at least p% of the samples at or below
 * it): always one of the measured values, so a p95 of 20 samples is the 19th, never an interpolation.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError("percentile of no samples");
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1];
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  return {
    samples: samplesMs.length,
    p50Ms: roundMs(percentile(samplesMs, 50)),
    p95Ms: roundMs(percentile(samplesMs, 95)),
    maxMs: roundMs(Math.max(...samplesMs)),
  };
}

/** Microsecond precision is all a timer around one SQLite call can honestly claim. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
