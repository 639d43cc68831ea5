import { join, resolve } from 'node:path';
import { EnvReader } from './env-reader';
import { readTemporal, TemporalConfig } from './temporal-settings';
import { LoginThrottlePolicy, readLoginThrottle } from './login-throttle-settings';
import { OidcSettings, readOidc } from './oidc-settings';
import { readWorkerTuning, WorkerTuning } from './worker-tuning-settings';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  /** poolSize: connections this process keeps open at most. */
  | { type: 'postgres'; url: string; poolSize: number };

/** The PostgreSQL driver's own default: enough for the embedded load; docs/BENCHMARKS.md has when it is not. */
export const DEFAULT_DATABASE_POOL_SIZE = 10;

/**
 * What the worker process uses: the database, Temporal, the mail relay. Nothing of the API's, and above all not the
 * JWT secret: a process that cannot sign a token cannot leak the key to forge one.
 */
export interface WorkerConfig {
  dataDir: string;
  database: DatabaseConfig;
  temporal: TemporalConfig;
  /** retryEverySeconds: how often e-mail the relay refused is tried again (and the unit its back-off grows in). */
  mail: { smtpUrl?: string; from: string; outboxDir: string; retryEverySeconds: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Used by the worker process only: the api reads it with the rest and runs no worker. */
  workerTuning: WorkerTuning;
}

/** The API's settings: the worker's plus what serving officials over HTTP needs. */
export interface AppConfig extends WorkerConfig {
  port: number;
  /** The interface the API listens on: 127.0.0.1 keeps it to this machine (npm start), 0.0.0.0 opens it (containers). */
  host: string;
  /** Exact origins another site's pages may call the API from; empty (the default) sends no CORS headers at all. */
  corsOrigins: string[];
  runMigrations: boolean;
  /** The Temporal Web UI operators open a workflow in; null when the deployment offers none. */
  temporalUiUrl: string | null;
  /** Signs the access tokens; expiresInSeconds is their lifetime (short: a session lives on through its refresh token). */
  jwt: { secret: string; expiresInSeconds: number };
  /** How long a refresh token may wait unused before the official must sign in again. */
  sessions: { refreshExpiresInSeconds: number };
  loginThrottle: LoginThrottlePolicy;
  /** The province's single sign-on; null when officials sign in with passwords only. */
  oidc: OidcSettings | null;
  webDistDir?: string;
  publicUrl: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** The API's settings; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const read = new EnvReader(env);
  const worker = readWorkerSettings(read);
  const port = read.integer('PORT', 3000, 1, 65535);
  const jwtSecret = read.string('JWT_SECRET');
  read.check(!jwtSecret || jwtSecret.length >= 32, 'JWT_SECRET must be at least 32 characters long');

  const config: AppConfig = {
    ...worker,
    port,
    host: readHost(read),
    corsOrigins: readCorsOrigins(read),
    runMigrations: read.boolean('RUN_MIGRATIONS', true),
    temporalUiUrl: readTemporalUiUrl(read),
    jwt: { secret: jwtSecret, expiresInSeconds: read.integer('JWT_EXPIRES_IN_SECONDS', 15 * 60, 60, 7 * 24 * 3600) },
    sessions: { refreshExpiresInSeconds: read.integer('REFRESH_TOKEN_EXPIRES_IN_SECONDS', 12 * 3600, 300, 30 * 24 * 3600) },
    loginThrottle: readLoginThrottle(read),
    oidc: readOidc(read),
    webDistDir: read.optional('WEB_DIST_DIR'),
    publicUrl: read.string('PUBLIC_URL', `http://localhost:${port}`),
  };
  read.done();
  return config;
}

/** The worker's settings only: it starts without JWT_SECRET, and ignores it when given. */
export function loadWorkerConfig(env: Record<string, string | undefined> = process.env): WorkerConfig {
  const read = new EnvReader(env);
  const config = readWorkerSettings(read);
  read.done();
  return config;
}

function readWorkerSettings(read: EnvReader): WorkerConfig {
  const dataDir = resolve(read.string('DATA_DIR', 'data'));
  const smtpUrl = read.optional('SMTP_URL');
  read.check(
    !smtpUrl || /^smtps?:\/\//.test(smtpUrl),
    `SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl?.replace(/\/\/[^@]*@/, '//***@')}"`,
  );
  return {
    dataDir,
    database: readDatabase(read, dataDir),
    temporal: readTemporal(read),
    mail: {
      smtpUrl,
      from: read.string('MAIL_FROM', 'Thi đua – Khen thưởng <no-reply@localhost>'),
      outboxDir: join(dataDir, 'outbox'),
      retryEverySeconds: read.integer('MAIL_RETRY_EVERY_SECONDS', 60, 1, 3600),
    },
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    workerTuning: readWorkerTuning(read),
  };
}

/** What command-line tools that read the record need: the app database and Temporal, nothing of the api's. */
export interface ToolConfig {
  dataDir: string;
  database: DatabaseConfig;
  temporal: TemporalConfig;
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
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Each api and worker process holds its own pool: a site counts them, with Temporal's, against max_connections.
    return { type: 'postgres', url, poolSize: read.integer('DATABASE_POOL_SIZE', DEFAULT_DATABASE_POOL_SIZE, 1, 500) };
  }
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: resolve(url.slice('sqlite:'.length)) };
  read.check(false, `DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got "${url.replace(/\/\/[^@]*@/, '//***@')}"`);
  return { type: 'sqlite', path: join(dataDir, 'app.sqlite') };
}

/** An IPv4 or IPv6 address or a host name; the address itself is checked by listen(), this catches typos early. */
function readHost(read: EnvReader): string {
  const host = read.string('HOST', '0.0.0.0');
  read.check(/^[A-Za-z0-9.:_-]{1,253}$/.test(host), `HOST must be an address such as 127.0.0.1 or 0.0.0.0, got "${host}"`);
  return host;
}

/** Exact origins only (scheme, host, port as the browser sends them): no wildcards, no paths, nothing to match loosely. */
function readCorsOrigins(read: EnvReader): string[] {
  const origins = (read.optional('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins)
    read.check(
      /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin),
      `CORS_ORIGINS must list exact origins such as https://cong.tinh.gov.vn, separated by commas, got "${origin}"`,
    );
  return origins;
}
