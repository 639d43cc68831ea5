import type { Client } from '@temporalio/client';
import { MAIL_RETRY_WORKFLOW_ID, MailRetryInput } from '@tdkt/contracts';

/**
 * Starts the namespace's mail retry workflow unless it runs already (another worker started it, or this one before a
 * restart): every worker calls this at boot, so mail that failed is retried as long as any worker runs.
 */
export async function ensureMailRetry(client: Client, taskQueue: string, everySeconds: number): Promise<void> {
  const input: MailRetryInput = { everyMs: everySeconds * 1000 };
  await client.workflow.start('mailRetryWorkflow', {
    workflowId: MAIL_RETRY_WORKFLOW_ID,
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
