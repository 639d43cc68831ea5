import { readFileSync } from 'node:fs';

/** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ) in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;
const MIB = 2 ** 20;

/** Resident memory of another process (VmRSS in /proc/<pid>/status), MiB; NaN once it is gone. */
export function residentMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Resident memory of this process, MiB: in the benches that is the api and the worker together. */
export function ownResidentMiB(): number {
  return process.memoryUsage().rss / MIB;
}

/** User + system CPU seconds a process has used so far (its threads included), from /proc/<pid>/stat. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return NaN;
  }
}

/** CPU seconds this process has used so far (the api and the worker, with the SDK's Rust threads). */
export function ownCpuSeconds(): number {
  return cpuSeconds(process.pid);
}

export const mib = (n: number) => `${n.toFixed(0)} MiB`;
