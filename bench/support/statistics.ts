/** The q-quantile (0..1) of samples, nearest-rank, as latency reports usually quote p50/p99. */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const seconds = (ms: number) => (ms / 1000).toFixed(2);
export const ratio = (ours: number, baseline: number) => (ours / baseline).toFixed(2);

/** Runs `task` over items in consecutive batches of `size`, as the fan-out activity starts workflows. */
export async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<unknown>): Promise<void> {
  for (let next = 0; next < items.length; next += size) await Promise.all(items.slice(next, next + size).map(task));
}
