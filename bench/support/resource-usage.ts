import type { BenchSystem } from './bench-system';
import { postgresServerCpuSeconds } from './cluster-temporal';
import { postgresUrl } from './bench-temporal';
import { cpuSeconds, ownCpuSeconds, ownResidentMiB, residentMiB } from './process-figures';

/** Memory and CPU of the parts of one bench system at one moment. */
export interface ResourceUsage {
  /** This process: the api and the worker (with the baseline's worker), in-process as in the benches. */
  appRssMiB: number;
  temporalRssMiB: number;
  appCpu: number;
  temporalCpu: number;
  /** The whole PostgreSQL server, when Temporal's or the app's databases are on it (see postgresServerCpuSeconds). */
  postgresCpu: number;
  at: number;
}

/** Whether any part of the system keeps its data on PostgreSQL (Temporal on the cluster, or the app's database). */
export function runsOnPostgres(system: BenchSystem): boolean {
  return Boolean(system.temporal.databaseNames?.length || system.appDatabaseName);
}

export async function resourceUsage(system: BenchSystem): Promise<ResourceUsage> {
  return {
    appRssMiB: ownResidentMiB(),
    temporalRssMiB: residentMiB(system.temporal.pid),
    appCpu: ownCpuSeconds(),
    temporalCpu: cpuSeconds(system.temporal.pid),
    postgresCpu: runsOnPostgres(system) ? await postgresServerCpuSeconds(postgresUrl()) : NaN,
    at: performance.now(),
  };
}

/**
 * Where the CPU went between two moments, as seconds of CPU per part and the wall time: on 2 cores a
 * part near 1 s per second is saturated.
 */
export function cpuBetween(before: ResourceUsage, after: ResourceUsage): string {
  const wall = (after.at - before.at) / 1000;
  const part = (name: string, from: number, to: number) => (Number.isNaN(to - from) ? '' : `${name} ${(to - from).toFixed(1)} s`);
  return [
    `wall ${wall.toFixed(1)} s`,
    part('api+worker', before.appCpu, after.appCpu),
    part('temporal', before.temporalCpu, after.temporalCpu),
    part('postgres', before.postgresCpu, after.postgresCpu),
  ]
    .filter(Boolean)
    .join(', ');
}

/** Seconds of CPU each part used between two moments (PostgreSQL's 0 where nothing runs on it). */
export interface CpuSpent {
  app: number;
  temporal: number;
  postgres: number;
}

export function cpuSpentBetween(before: ResourceUsage, after: ResourceUsage): CpuSpent {
  const part = (from: number, to: number) => (Number.isNaN(to - from) ? 0 : to - from);
  return {
    app: part(before.appCpu, after.appCpu),
    temporal: part(before.temporalCpu, after.temporalCpu),
    postgres: part(before.postgresCpu, after.postgresCpu),
  };
}

export function addCpuSpent(a: CpuSpent, b: CpuSpent): CpuSpent {
  return { app: a.app + b.app, temporal: a.temporal + b.temporal, postgres: a.postgres + b.postgres };
}

export const NO_CPU_SPENT: CpuSpent = { app: 0, temporal: 0, postgres: 0 };
