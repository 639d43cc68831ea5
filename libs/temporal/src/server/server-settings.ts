import { join } from 'node:path';
import { workspaceRoot } from '../workspace-root';

/** Every port one Temporal server process listens on: a gRPC and a membership port per service. */
export interface TemporalServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

/** The ports a production server uses, as docker-compose.yml publishes them. */
export const DEFAULT_SERVER_PORTS: TemporalServerPorts = {
  frontend: 7233,
  frontendHttp: 7243,
  frontendMembership: 6933,
  history: 7234,
  historyMembership: 6934,
  matching: 7235,
  matchingMembership: 6935,
  worker: 7239,
  workerMembership: 6939,
};

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

export interface TemporalServerSettings {
  postgres: PostgresServer;
  /** Temporal's own two databases, created on first start. */
  databases: { main: string; visibility: string };
  ports: TemporalServerPorts;
  /** Fixed when the databases are first set up; see the config file. */
  historyShards?: number;
  /** Connections the server keeps to its main database (the config's default: 20). */
  persistencePool?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

/** The folder shared with docker-compose.yml: the server's config, its dynamic config, the schema script. */
export function clusterConfigDir(): string {
  return join(workspaceRoot(), 'tools', 'cluster');
}

/** PostgreSQL's address from a URL such as `postgres://user:password@127.0.0.1:5432/postgres`. */
export function postgresServerOf(url: string): PostgresServer {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

/** The environment the shared config file and the schema script read (their names follow the official images'). */
export function serverEnvironment(settings: TemporalServerSettings): Record<string, string> {
  const { postgres, databases, ports } = settings;
  return {
    POSTGRES_SEEDS: postgres.host,
    DB_PORT: String(postgres.port),
    POSTGRES_USER: postgres.user,
    POSTGRES_PWD: postgres.password,
    TEMPORAL_DB: databases.main,
    TEMPORAL_VISIBILITY_DB: databases.visibility,
    TEMPORAL_HISTORY_SHARDS: String(settings.historyShards ?? 8),
    TEMPORAL_DB_MAX_CONNS: String(settings.persistencePool ?? 20),
    TEMPORAL_LOG_LEVEL: settings.logLevel ?? 'warn',
    TEMPORAL_DYNAMIC_CONFIG: join(clusterConfigDir(), 'temporal', 'dynamicconfig', 'production.yaml'),
    TEMPORAL_FRONTEND_PORT: String(ports.frontend),
    TEMPORAL_FRONTEND_HTTP_PORT: String(ports.frontendHttp),
    TEMPORAL_FRONTEND_MEMBERSHIP_PORT: String(ports.frontendMembership),
    TEMPORAL_HISTORY_PORT: String(ports.history),
    TEMPORAL_HISTORY_MEMBERSHIP_PORT: String(ports.historyMembership),
    TEMPORAL_MATCHING_PORT: String(ports.matching),
    TEMPORAL_MATCHING_MEMBERSHIP_PORT: String(ports.matchingMembership),
    TEMPORAL_WORKER_PORT: String(ports.worker),
    TEMPORAL_WORKER_MEMBERSHIP_PORT: String(ports.workerMembership),
  };
}
