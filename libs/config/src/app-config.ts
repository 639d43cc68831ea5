import { join, resolve } from 'node:path';
import { EnvReader } from './env-reader';

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  runMigrations: boolean;
  temporal: { address: string; namespace: string; taskQueue: string };
  /** The Temporal Web UI operators open a workflow in; null when the deployment offers none. */
  temporalUiUrl: string | null;
  jwt: { secret: string; expiresInSeconds: number };
  mail: { smtpUrl?: string; from: string; outboxDir: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  webDistDir?: string;
  publicUrl: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** The single place where api and worker learn their settings; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const read = new EnvReader(env);
  const dataDir = resolve(read.string('DATA_DIR', 'data'));
  const port = read.integer('PORT', 3000, 1, 65535);
  const database = readDatabase(read, dataDir);
  const jwtSecret = read.string('JWT_SECRET');
  read.check(!jwtSecret || jwtSecret.length >= 32, 'JWT_SECRET must be at least 32 characters long');
  const smtpUrl = read.optional('SMTP_URL');
  read.check(!smtpUrl || /^smtps?:\/\//.test(smtpUrl), `SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl}"`);

  const config: AppConfig = {
    port,
    dataDir,
    database,
    runMigrations: read.boolean('RUN_MIGRATIONS', true),
    temporal: readTemporal(read),
    temporalUiUrl: readTemporalUiUrl(read),
    jwt: { secret: jwtSecret, expiresInSeconds: read.integer('JWT_EXPIRES_IN_SECONDS', 8 * 3600, 60, 7 * 24 * 3600) },
    mail: { smtpUrl, from: read.string('MAIL_FROM', 'Thi đua – Khen thưởng <no-reply@localhost>'), outboxDir: join(dataDir, 'outbox') },
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    webDistDir: read.optional('WEB_DIST_DIR'),
    publicUrl: read.string('PUBLIC_URL', `http://localhost:${port}`),
  };
  read.done();
  return config;
}

/** What command-line tools that read the record need: the app database and Temporal, nothing of the api's. */
export interface ToolConfig {
  dataDir: string;
  database: DatabaseConfig;
  temporal: AppConfig['temporal'];
}

export function loadToolConfig(env: Record<string, string | undefined> = process.env): ToolConfig {
  const read = new EnvReader(env);
  const dataDir = resolve(read.string('DATA_DIR', 'data'));
  const config: ToolConfig = {
    dataDir,
    database: readDatabase(read, dataDir),
    temporal: readTemporal(read),
  };
  read.done();
  return config;
}

function readTemporal(read: EnvReader): AppConfig['temporal'] {
  return {
    address: read.string('TEMPORAL_ADDRESS', 'localhost:7233'),
    namespace: read.string('TEMPORAL_NAMESPACE', 'default'),
    taskQueue: read.string('TEMPORAL_TASK_QUEUE', 'tdkt-campaigns'),
  };
}

/** The UI is only linked to, never called; "none" hides the links where the UI is not reachable by the officials. */
function readTemporalUiUrl(read: EnvReader): string | null {
  const url = read.string('TEMPORAL_UI_URL', 'http://localhost:8233');
  if (url === 'none') return null;
  read.check(/^https?:\/\/[^/\s]+(\/\S*)?$/.test(url), `TEMPORAL_UI_URL must be an http:// or https:// address, or none, got "${url}"`);
  return url.replace(/\/+$/, '');
}

function readDatabase(read: EnvReader, dataDir: string): DatabaseConfig {
  const url = read.optional('DATABASE_URL');
  if (!url) return { type: 'sqlite', path: join(dataDir, 'app.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { type: 'postgres', url };
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: resolve(url.slice('sqlite:'.length)) };
  read.check(false, `DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got "${url.replace(/\/\/[^@]*@/, '//***@')}"`);
  return { type: 'sqlite', path: join(dataDir, 'app.sqlite') };
}
