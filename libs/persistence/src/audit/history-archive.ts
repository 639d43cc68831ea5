import { DataSource } from 'typeorm';
import { WorkflowHistoryEntity } from '../entities/workflow-history.entity';
import { runAtomically, sql } from '../campaigns/atomic-sql';
import { appendDecisions, DecisionBatch } from './append-decisions.work';

export type ArchivedHistory = Omit<WorkflowHistoryEntity, 'archivedAt'>;

/** Closed workflow runs' histories, kept in the app database for replay after Temporal's retention. */
export class HistoryArchive {
  constructor(private readonly dataSource: DataSource) {}

  async has(workflowId: string, runId: string): Promise<boolean> {
    return (await this.dataSource.getRepository(WorkflowHistoryEntity).countBy({ workflowId, runId })) > 0;
  }

  /**
   * Stores a run's history once, and in the same transaction records it in the campaign's decision log
   * (its hash with it), so the archive is itself covered by the chain. A second call for the same run
   * changes nothing.
   */
  store(history: ArchivedHistory, compressed: Buffer, record: DecisionBatch): Promise<boolean> {
    return runAtomically(this.dataSource, function* () {
      const inserted = yield sql`
        INSERT INTO workflow_histories (workflow_id, run_id, campaign_id, workflow_type, close_status, event_count, sha256, size_bytes, compressed, archived_at)
        VALUES (${history.workflowId}, ${history.runId}, ${history.campaignId}, ${history.workflowType}, ${history.closeStatus}, ${history.eventCount},
          ${history.sha256}, ${history.sizeBytes}, ${compressed}, ${new Date()})
        ON CONFLICT (workflow_id, run_id) DO NOTHING
        RETURNING run_id`;
      if (!inserted.length) return false;
      yield* appendDecisions(record, new Date());
      return true;
    });
  }

  /** What is archived for a campaign, oldest run first within each workflow. */
  list(campaignId: string): Promise<WorkflowHistoryEntity[]> {
    return this.dataSource
      .getRepository(WorkflowHistoryEntity)
      .find({ where: { campaignId }, order: { workflowId: 'ASC', archivedAt: 'ASC' } });
  }

  async load(workflowId: string, runId: string): Promise<Buffer | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('h.compressed', 'compressed')
      .from('workflow_histories', 'h')
      .where('h.workflow_id = :workflowId AND h.run_id = :runId', { workflowId, runId })
      .getRawOne();
    return row ? Buffer.from(row.compressed) : null;
  }
}
