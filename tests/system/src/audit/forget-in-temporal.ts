import { Client, WorkflowNotFoundError } from '@temporalio/client';

/**
 * Deletes every run of the given workflows from Temporal, as its retention eventually does, and waits
 * until the server no longer knows them.
 */
export async function forgetInTemporal(client: Client, workflowIds: string[]): Promise<void> {
  for (const workflowId of workflowIds) {
    for (let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId; runId;) {
      const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      await client.workflowService.deleteWorkflowExecution({
        namespace: client.options.namespace,
        workflowExecution: { workflowId, runId },
      });
      runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
  }
  for (const workflowId of workflowIds) await untilGone(client, workflowId);
}

async function untilGone(client: Client, workflowId: string, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    try {
      await client.workflow.getHandle(workflowId).describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
  }
  throw new Error(`Temporal still knows ${workflowId}`);
}
