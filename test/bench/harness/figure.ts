/** One measured number, printed with its goal and the baseline it was compared with in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The goal as the issue states it, e.g. `≥ 80%` or `≤ 5 ms`. */
  goal: string;
  met: boolean;
  /** What it was compared with, measured in the same run, e.g. `raw bulkPut 9,850 rows/s`. */
  baseline: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<Figure[]>;
}

/** Median and other percentiles of a list of samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
