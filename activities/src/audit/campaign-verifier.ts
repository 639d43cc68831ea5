import type { Client } from '@temporalio/client';
import { campaignWorkflowId, RecordedStep, VerificationReport } from '@tdkt/contracts';
import {
  AwardDossierEntity,
  CampaignRepository,
  DecisionLog,
  HistoryArchive,
  UnitProgressEntity,
  verifyDecisionChain,
} from '@tdkt/persistence';
import type { DataSource } from 'typeorm';
import { campaignWorkflowIds } from './campaign-workflow-ids';
import { collectHistories } from './collect-histories';
import { compareReplayWithRecord } from './compare-replay';
import { ReplayWorkflowSource, replayHistories } from './replay-histories';
import { sealsInHistory } from './seals-in-history';

export interface VerifierDeps {
  dataSource: DataSource;
  /** Null when Temporal is out of reach: the archive alone is verified. */
  temporalClient: Client | null;
  workflows: ReplayWorkflowSource;
}

/**
 * The auditors' check of one campaign: the decision log's chain (and the heads sealed into the
 * campaign's history), the archive's integrity, and a replay of every history against today's
 * workflow code, compared with the log and the read models.
 */
export function createCampaignVerifier(deps: VerifierDeps) {
  const log = new DecisionLog(deps.dataSource);
  const archive = new HistoryArchive(deps.dataSource);
  const campaigns = new CampaignRepository(deps.dataSource);

  return async function verifyCampaign(
    campaignId: string,
    progress: (what: string) => void = () => undefined,
  ): Promise<VerificationReport> {
    const [{ rows, head }, workflowIds] = await Promise.all([
      log.chainSnapshot(campaignId),
      campaignWorkflowIds(deps.dataSource, campaignId),
    ]);
    const histories = await collectHistories(archive, deps.temporalClient, campaignId, workflowIds);
    const seals = histories.runs
      .filter((run) => run.workflowId === campaignWorkflowId(campaignId))
      .flatMap((run) => sealsInHistory(run.history));
    const chain = verifyDecisionChain(campaignId, rows, head, seals);

    const outcomes = await replayHistories(deps.workflows, histories.runs, progress);
    const replayed = new Map<string, RecordedStep[]>(outcomes.filter((o) => o.deterministic).map((o) => [o.workflowId, o.recorded]));
    const [campaign, unitProgress, dossiers] = await Promise.all([
      campaigns.findById(campaignId),
      deps.dataSource.getRepository(UnitProgressEntity).findBy({ campaignId }),
      deps.dataSource.getRepository(AwardDossierEntity).findBy({ campaignId }),
    ]);
    const mismatches = compareReplayWithRecord(replayed, rows, { campaign, progress: unitProgress, dossiers });

    const sources = (workflowId: string) => new Set(histories.runs.filter((run) => run.workflowId === workflowId).map((run) => run.from));
    const workflows = outcomes.map(({ workflowId, runs, deterministic, error }) => {
      const from = sources(workflowId);
      return {
        workflowId,
        runs,
        deterministic,
        error,
        from: from.size === 2 ? ('archive+temporal' as const) : from.has('archive') ? ('archive' as const) : ('temporal' as const),
      };
    });
    const deterministic = workflows.every((w) => w.deterministic);
    return {
      campaignId,
      ok: chain.ok && histories.corrupted.length === 0 && deterministic && mismatches.length === 0,
      chain: { ...chain, seals: seals.length },
      archive: { histories: histories.archived, corrupted: histories.corrupted },
      replay: { workflows, deterministic, mismatches },
      verifiedAt: new Date().toISOString(),
    };
  };
}
