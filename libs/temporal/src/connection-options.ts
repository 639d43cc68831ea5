import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import type { TemporalConfig } from '@tdkt/config';

/**
 * What every connection to Temporal is opened with (the worker's native one, the clients of the api, the worker's
 * fan-out and the audit CLI), so TLS configured once applies to all of them. Files are read here, when connecting,
 * so a renewed certificate is picked up on the next start without touching the configuration.
 */
export function temporalConnectionOptions(temporal: Pick<TemporalConfig, 'address' | 'tls'>): { address: string; tls?: TLSConfig } {
  return temporal.tls ? { address: temporal.address, tls: tlsOptions(temporal.tls) } : { address: temporal.address };
}

function tlsOptions(tls: NonNullable<TemporalConfig['tls']>): TLSConfig {
  return {
    ...(tls.serverName && { serverNameOverride: tls.serverName }),
    ...(tls.serverCaPath && { serverRootCACertificate: readFileSync(tls.serverCaPath) }),
    ...(tls.clientCertPath &&
      tls.clientKeyPath && { clientCertPair: { crt: readFileSync(tls.clientCertPath), key: readFileSync(tls.clientKeyPath) } }),
  };
}
