import type { BenchSystem } from './bench-system';
import { postgresCpuSeconds } from './cluster-temporal';
import { postgresUrl } from './bench-temporal';
import { cpuSeconds, ownCpuSeconds, ownResidentMiB, residentMiB } from './process-figures';

/** Memory and CPU of the parts of one bench system at one moment. */
export interface ResourceUsage {
  /** This process: the api and the worker (with the baseline's worker), in-process as in the benches. */
  appRssMiB: number;
  temporalRssMiB: number;
  appCpu: number;
  temporalCpu: number;
  /** PostgreSQL backends serving Temporal's and the app's databases (cluster topology only). */
  postgresCpu: number;
  at: number;
}

export async function resourceUsage(system: BenchSystem): Promise<ResourceUsage> {
  const databases = [...(system.temporal.databaseNames ?? []), ...(system.appDatabaseName ? [system.appDatabaseName] : [])];
  return {
    appRssMiB: ownResidentMiB(),
    temporalRssMiB: residentMiB(system.temporal.pid),
    appCpu: ownCpuSeconds(),
    temporalCpu: cpuSeconds(system.temporal.pid),
    postgresCpu: databases.length ? await postgresCpuSeconds(postgresUrl(), databases, cpuSeconds) : NaN,
    at: performance.now(),
  };
}

/**
 * Where the CPU went between two moments, as seconds of CPU per part and the wall time: on 2 cores a
 * part near 1 s per second is saturated. PostgreSQL's share counts only backends alive at both moments.
 */
export function cpuBetween(before: ResourceUsage, after: ResourceUsage): string {
  const wall = (after.at - before.at) / 1000;
  const part = (name: string, from: number, to: number) => (Number.isNaN(to - from) ? '' : `${name} ${(to - from).toFixed(1)} s`);
  return [
    `wall ${wall.toFixed(1)} s`,
    part('api+worker', before.appCpu, after.appCpu),
    part('temporal', before.temporalCpu, after.temporalCpu),
    part('postgres (ours)', before.postgresCpu, after.postgresCpu),
  ]
    .filter(Boolean)
    .join(', ');
}
