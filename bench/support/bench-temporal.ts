import { startClusterTemporal } from './cluster-temporal';
import { startEmbeddedTemporal } from './embedded-temporal';
import type { Topology } from './topology';

/** The URL the cluster topology reaches PostgreSQL with when TEST_POSTGRES_URL does not name one. */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** A Temporal server a bench started and owns: either topology. */
export interface BenchTemporal {
  address: string;
  /** The server process, for its memory and CPU in /proc. */
  pid?: number;
  /** One line for the run header. */
  description: string;
  /** The server's own log (cluster only): grepped for errors and limits after a run. */
  logFile?: string;
  /** Temporal's own PostgreSQL databases (cluster only): the benches then count the PostgreSQL server's CPU. */
  databaseNames?: string[];
  stop(): Promise<void>;
}

export function postgresUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
}

export function startBenchTemporal(topology: Topology, dataDir: string): Promise<BenchTemporal> {
  return topology === 'cluster' ? startClusterTemporal(postgresUrl()) : startEmbeddedTemporal(dataDir);
}
