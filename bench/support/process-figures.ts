import { readdirSync, readFileSync } from 'node:fs';

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
  const fields = pid ? statFields(pid) : undefined;
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : NaN; // utime, stime
}

/** CPU seconds this process has used so far (the api and the worker, with the SDK's Rust threads). */
export function ownCpuSeconds(): number {
  return cpuSeconds(process.pid);
}

export const mib = (n: number) => `${n.toFixed(0)} MiB`;

/**
 * CPU seconds a process and its children have used so far, those that exited included (the kernel adds a child's CPU
 * to its parent's once the parent reaps it): PostgreSQL's postmaster and its backends, which come and go with the pools.
 */
export function processTreeCpuSeconds(rootPid: number): number {
  const own = statFields(rootPid);
  if (!own) return NaN;
  let ticks = sumTicks(own);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === rootPid) ticks += sumTicks(fields);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The parent of a process, from /proc/<pid>/stat. */
export function parentPid(pid: number): number {
  return Number(statFields(pid)?.[1] ?? NaN);
}

/** The fields of /proc/<pid>/stat after the command name (state first), or undefined once the process is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** utime, stime, and the reaped children's cutime, cstime. */
function sumTicks(fields: readonly string[]): number {
  return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
}
