import { activityInfo, heartbeat } from '@temporalio/activity';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { AuditActivities } from '@tdkt/contracts';
import { HistoryArchive } from '@tdkt/persistence';
import type { DataSource } from 'typeorm';
import { campaignWorkflowIds } from './campaign-workflow-ids';
import { encodeHistory } from './history-codec';

export type ArchiveActivities = Pick<AuditActivities, 'archiveHistory' | 'archiveCampaignHistories'>;

interface ArchiverDeps {
  dataSource: DataSource;
  temporalClient: Client;
}

/**
 * Copies closed runs' histories from Temporal into the app database before Temporal's retention drops
 * them, each recorded (with its hash) in the campaign's decision log. Idempotent per run.
 */
export function createArchiveActivities({ dataSource, temporalClient }: ArchiverDeps): ArchiveActivities {
  const archive = new HistoryArchive(dataSource);

  /** Archives one closed run; returns the run it continued from, so a caller can walk back a continue-as-new chain. */
  async function archiveRun(
    campaignId: string,
    workflowId: string,
    runId: string,
  ): Promise<{ archived: boolean; continuedFrom: string | null }> {
    const handle = temporalClient.workflow.getHandle(workflowId, runId);
    const description = await handle.describe();
    if (description.status.name === 'RUNNING')
      throw new Error(`${workflowId} run ${runId} is still running; only closed runs are archived`);
    const history = await handle.fetchHistory();
    const continuedFrom = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || null;
    if (await archive.has(workflowId, runId)) return { archived: false, continuedFrom };
    const { bytes, sha256, compressed } = encodeHistory(history);
    const eventCount = history.events?.length ?? 0;
    const caller = activityInfo().workflowExecution ?? { workflowId: workflowId, runId };
    const archived = await archive.store(
      {
        workflowId,
        runId,
        campaignId,
        workflowType: description.type,
        closeStatus: description.status.name,
        eventCount,
        sha256,
        sizeBytes: bytes.length,
      },
      compressed,
      {
        campaignId,
        source: { workflowId: caller.workflowId, runId: caller.runId, eventId: 0 },
        entries: [
          {
            eventKey: `archived:${workflowId}:${runId}`,
            at: new Date().toISOString(),
            action: 'history_archived',
            actor: null,
            capacity: null,
            unitCode: null,
            obligationKey: null,
            comment: null,
            values: { workflowId, runId, closeStatus: description.status.name, events: eventCount, bytes: bytes.length, sha256 },
            dueAt: null,
          },
        ],
      },
    );
    return { archived, continuedFrom };
  }

  return {
    async archiveHistory({ campaignId, workflowId, runId }) {
      return { archived: (await archiveRun(campaignId, workflowId, runId)).archived };
    },

    async archiveCampaignHistories({ campaignId }) {
      let archived = 0;
      let stillRunning = 0;
      for (const workflowId of await campaignWorkflowIds(dataSource, campaignId)) {
        heartbeat(workflowId);
        let runId: string | null;
        try {
          const latest = await temporalClient.workflow.getHandle(workflowId).describe();
          if (latest.status.name === 'RUNNING') {
            stillRunning++;
            continue;
          }
          runId = latest.runId;
        } catch (error) {
          if (error instanceof WorkflowNotFoundError) continue; // never started, or gone from Temporal already
          throw error;
        }
        // The latest run, then every run it continued from that Temporal still holds.
        while (runId) {
          const result: Awaited<ReturnType<typeof archiveRun>> | null = await archiveRun(campaignId, workflowId, runId).catch((error) => {
            if (error instanceof WorkflowNotFoundError) return null;
            throw error;
          });
          if (!result) break;
          if (result.archived) archived++;
          runId = result.continuedFrom;
        }
      }
      return { archived, stillRunning };
    },
  };
}
