import type { DataSource } from 'typeorm';
import type { AppConfig } from '@tdkt/config';

/** What activities are built from: handed in by the worker, so tests can build them on a real test DB. */
export interface ActivityDeps {
  dataSource: DataSource;
  config: AppConfig;
}
