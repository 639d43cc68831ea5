import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseConfig, DEFAULT_DATABASE_POOL_SIZE } from '@tdkt/config';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * The databases integration tests run against: SQLite always, PostgreSQL when TEST_POSTGRES_URL names a
 * server (tools/test.sh provides one). Under CI a missing PostgreSQL is an error, never a silent skip.
 */
export function databasesUnderTest(): DatabaseKind[] {
  if (process.env.TEST_POSTGRES_URL) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error('CI must test PostgreSQL: set TEST_POSTGRES_URL (tools/test.sh does)');
  return ['sqlite'];
}

/** The database most integration tests use: PostgreSQL when available, as in production. */
export function primaryDatabase(): DatabaseKind {
  return databasesUnderTest().includes('postgres') ? 'postgres' : 'sqlite';
}

/** A fresh, empty database of the given kind, private to the caller. */
export async function createTestDatabase(kind: DatabaseKind = primaryDatabase()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-db-'));
    return {
      kind,
      config: { type: 'sqlite', path: join(dir, 'app.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `tdkt_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { type: 'postgres', url: url.toString(), poolSize: DEFAULT_DATABASE_POOL_SIZE },
    drop: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs `fn` on a connection of its own to the PostgreSQL at `url` (the admin database), closed afterwards. */
export async function withAdmin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
