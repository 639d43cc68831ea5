import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';

/** gRPC's status code for "already exists" (the namespace was registered before). */
const ALREADY_EXISTS = 6;

/**
 * Registers the namespace when missing and resolves once the frontend serves it. A fresh server answers
 * "not enough hosts" until its history shards are owned, and knows a new namespace only after its cache
 * refresh: both are waited out until the deadline.
 */
export async function ensureNamespace(address: string, namespace: string, retentionDays: number, deadline: number): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await registerOnce(connection, namespace, retentionDays);
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } catch (error) {
        last = error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    throw new Error(`Temporal at ${address} does not serve namespace "${namespace}": ${String(last)}`);
  } finally {
    await connection.close();
  }
}

async function registerOnce(connection: Connection, namespace: string, retentionDays: number): Promise<void> {
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(`${retentionDays} days`),
    });
  } catch (error) {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  }
}
