/** Small statistics for the benchmarks: every figure is the median of repeated runs. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds since an arbitrary origin, sub-millisecond. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
}

export function latencies(samplesMs: readonly number[]): Latencies {
  return { p50: percentile(samplesMs, 50), p95: percentile(samplesMs, 95), p99: percentile(samplesMs, 99) };
}

/** Runs `once` `runs` times; each key of the result is the median over the runs. */
export async function medianOf<T extends Record<string, number>>(runs: number, once: (run: number) => Promise<T>): Promise<T & { runs: number }> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await once(run));
  const keys = Object.keys(results[0]) as Array<keyof T>;
  const medians = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))])) as T;
  return { ...medians, runs };
}

/** Runs `work` with at most `concurrency` calls in flight until `total` calls are done; returns each call's latency in ms. */
export async function closedLoop(total: number, concurrency: number, work: (index: number) => Promise<unknown>): Promise<{ elapsedMs: number; samples: number[] }> {
  const samples: number[] = [];
  let next = 0;
  const started = nowMs();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const t0 = nowMs();
      await work(index);
      samples.push(nowMs() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { elapsedMs: nowMs() - started, samples };
}
