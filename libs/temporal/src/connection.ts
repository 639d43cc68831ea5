import { Client, Connection } from '@temporalio/client';
import type { TemporalConfig } from '@tdkt/config';
import { temporalConnectionOptions } from './connection-options';

export type TemporalTarget = Pick<TemporalConfig, 'address' | 'namespace'> & Partial<Pick<TemporalConfig, 'tls'>>;

/**
 * A client for starting workflows and sending Updates; the caller owns closing the connection.
 * Lazy, so the API boots while Temporal is still starting and reports that through /health/ready.
 */
export function createLazyClient(target: TemporalTarget): Client {
  const connection = Connection.lazy(temporalConnectionOptions({ address: target.address, tls: target.tls ?? null }));
  return new Client({ connection, namespace: target.namespace });
}

/** Cheap reachability probe for readiness checks: one gRPC round trip to the frontend. */
export async function isTemporalReachable(client: Client, timeoutMs = 2000): Promise<boolean> {
  try {
    await client.connection.withDeadline(Date.now() + timeoutMs, () => client.workflowService.getSystemInfo({}));
    return true;
  } catch {
    return false;
  }
}
