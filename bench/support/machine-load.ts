import { loadavg } from 'node:os';

/** The 1/5/15-minute load averages, as `uptime` prints them: other engineers' tests share these 2 cores. */
export function loadAverages(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
}
