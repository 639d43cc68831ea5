import { existsSync } from 'node:fs';
import { EnvReader } from './env-reader';

/**
 * TLS to the Temporal frontend, for a cluster that is not on the same machine. Paths, not contents: the key stays in
 * its file (readable by the service account only) and never sits in a config object that could be logged.
 */
export interface TemporalTlsConfig {
  /** PEM of the CA that signed the server's certificate; absent means the system's trusted CAs. */
  serverCaPath?: string;
  /** PEM client certificate and key, for a cluster that requires mutual TLS (mTLS). */
  clientCertPath?: string;
  clientKeyPath?: string;
  /** The name the server's certificate must carry, when it differs from the host in TEMPORAL_ADDRESS. */
  serverName?: string;
}

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  /** null: plain gRPC, as with the dev server on localhost. */
  tls: TemporalTlsConfig | null;
}

export function readTemporal(read: EnvReader): TemporalConfig {
  return {
    address: read.string('TEMPORAL_ADDRESS', 'localhost:7233'),
    namespace: read.string('TEMPORAL_NAMESPACE', 'default'),
    taskQueue: read.string('TEMPORAL_TASK_QUEUE', 'tdkt-campaigns'),
    tls: readTemporalTls(read),
  };
}

/** TLS is on when TEMPORAL_TLS=true or any of its files or the server name is given. */
function readTemporalTls(read: EnvReader): TemporalTlsConfig | null {
  const serverCaPath = readFilePath(read, 'TEMPORAL_TLS_CA_PATH');
  const clientCertPath = readFilePath(read, 'TEMPORAL_TLS_CERT_PATH');
  const clientKeyPath = readFilePath(read, 'TEMPORAL_TLS_KEY_PATH');
  const serverName = read.optional('TEMPORAL_TLS_SERVER_NAME');
  read.check(
    !clientCertPath === !clientKeyPath,
    'TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH go together: mutual TLS needs both the client certificate and its key',
  );
  const enabled = read.boolean('TEMPORAL_TLS', !!(serverCaPath || clientCertPath || clientKeyPath || serverName));
  if (!enabled) return null;
  return { serverCaPath, clientCertPath, clientKeyPath, serverName };
}

function readFilePath(read: EnvReader, name: string): string | undefined {
  const path = read.optional(name);
  read.check(!path || existsSync(path), `${name} names a file that does not exist: "${path}"`);
  return path;
}
