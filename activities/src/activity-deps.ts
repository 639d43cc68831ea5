import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { WorkerConfig } from '@tdkt/config';

/** What activities are built from: handed in by the worker, so tests can build them on a real test DB and server. */
export interface ActivityDeps {
  dataSource: DataSource;
  config: WorkerConfig;
  /** For activities that start workflows (the fan-out); a client, not the worker's native connection. */
  temporalClient: Client;
}
