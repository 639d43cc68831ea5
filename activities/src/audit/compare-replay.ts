import type { RecordedStep, ReplayMismatch, ReplaySnapshot } from '@tdkt/contracts';
import type { AwardDossierEntity, CampaignEntity, StoredDecision, UnitProgressEntity } from '@tdkt/persistence';
import { hashedDecisionOf } from '@tdkt/persistence';
import type { DecisionEntry, DecisionSource } from '@tdkt/domain';

/** Steps the log's own machinery writes (seals, archives): no workflow reports them, so replay cannot either. */
const WRITTEN_BY_THE_LOG = new Set(['chain_sealed', 'history_archived']);

export interface ReadModels {
  campaign: CampaignEntity | null;
  progress: UnitProgressEntity[];
  dossiers: AwardDossierEntity[];
}

/**
 * Compares what replay reconstructed for each workflow with the decision log and the read models:
 * every replayed step must be logged with the same values, every logged step of a replayed workflow
 * must come out of its replay, and each read model must show the state the workflow last recorded.
 */
export function compareReplayWithRecord(
  replayed: Map<string, RecordedStep[]>,
  rows: StoredDecision[],
  models: ReadModels,
): ReplayMismatch[] {
  const mismatches: ReplayMismatch[] = [];
  const logged = new Map(rows.map((row) => [`${row.workflowId}|${row.eventKey}`, row]));
  const seen = new Set<string>();

  for (const [workflowId, steps] of replayed) {
    for (const step of steps) {
      for (const entry of step.entries) {
        const key = `${workflowId}|${entry.eventKey}`;
        seen.add(key);
        const row = logged.get(key);
        if (!row) mismatches.push({ workflowId, subject: entry.eventKey, field: 'row', logged: null, replayed: entry.action });
        else mismatches.push(...fieldMismatches(workflowId, entry, step.source, row));
      }
    }
  }
  for (const row of rows) {
    if (!replayed.has(row.workflowId) || WRITTEN_BY_THE_LOG.has(row.action) || seen.has(`${row.workflowId}|${row.eventKey}`)) continue;
    mismatches.push({ workflowId: row.workflowId, subject: row.eventKey, field: 'row', logged: row.action, replayed: null });
  }
  for (const [workflowId, steps] of replayed) mismatches.push(...readModelMismatches(workflowId, latestSnapshots(steps), models));
  return mismatches;
}

/** Every recorded field but the run id: a replay runs under a run id of its own. */
function fieldMismatches(workflowId: string, entry: DecisionEntry, source: DecisionSource, row: StoredDecision): ReplayMismatch[] {
  const { runId: _replayRun, ...replayed } = hashedDecisionOf(row.campaignId, source, entry);
  return Object.entries(replayed)
    .filter(([field, value]) => (row as unknown as Record<string, unknown>)[field] !== value)
    .map(([field, value]) => ({
      workflowId,
      subject: entry.eventKey,
      field,
      logged: (row as unknown as Record<string, unknown>)[field],
      replayed: value,
    }));
}

/**
 * The last state each read model should hold: the highest version per obligation and per dossier, the last
 * campaign and approval snapshot.
 */
function latestSnapshots(steps: RecordedStep[]): ReplaySnapshot[] {
  const latest = new Map<string, ReplaySnapshot>();
  for (const { snapshot } of steps) {
    if (!snapshot) continue;
    const key =
      snapshot.kind === 'obligation'
        ? `obligation|${snapshot.unitCode}|${snapshot.obligationKey}`
        : snapshot.kind === 'dossier'
          ? `dossier|${snapshot.dossierId}`
          : snapshot.kind;
    const previous = latest.get(key);
    const newer =
      !previous ||
      (snapshot.kind === 'obligation' && previous.kind === 'obligation' && snapshot.version > previous.version) ||
      (snapshot.kind === 'dossier' && previous.kind === 'dossier' && snapshot.version > previous.version) ||
      (snapshot.kind === 'approval' && previous.kind === 'approval' && snapshot.decisions >= previous.decisions) ||
      snapshot.kind === 'campaign';
    if (newer) latest.set(key, snapshot);
  }
  return [...latest.values()];
}

function readModelMismatches(
  workflowId: string,
  snapshots: ReplaySnapshot[],
  { campaign, progress, dossiers }: ReadModels,
): ReplayMismatch[] {
  const found: ReplayMismatch[] = [];
  const check = (subject: string, field: string, logged: unknown, replayed: unknown) => {
    if (logged !== replayed) found.push({ workflowId, subject, field, logged, replayed });
  };
  for (const snapshot of snapshots) {
    if (snapshot.kind === 'obligation') {
      const row = progress.find((p) => p.unitCode === snapshot.unitCode && p.obligationKey === snapshot.obligationKey);
      const subject = `unit_progress ${snapshot.unitCode} ${snapshot.obligationKey}`;
      check(subject, 'status', row?.status ?? null, snapshot.status);
      check(subject, 'dueAt', row?.dueAt ? new Date(row.dueAt).toISOString() : null, snapshot.dueAt);
    } else if (snapshot.kind === 'dossier') {
      const row = dossiers.find((d) => d.id === snapshot.dossierId);
      const subject = `award_dossiers ${snapshot.dossierId}`;
      check(subject, 'status', row?.status ?? null, snapshot.status);
      check(subject, 'stepIndex', row?.stepIndex ?? null, snapshot.stepIndex);
      check(subject, 'version', row?.version ?? null, snapshot.version);
      // One field for the list, in list order ("awarded,not_awarded"): a nominee's outcome changed shows here.
      check(subject, 'standings', row?.state?.standings.map((s) => s.status).join(',') ?? null, snapshot.standings.join(','));
    } else if (snapshot.kind === 'campaign') {
      check('campaigns', 'status', campaign?.status ?? null, snapshot.status);
      check('campaigns', 'planNumber', campaign?.planNumber ?? null, snapshot.planNumber);
    } else {
      check('campaigns.approval', 'status', campaign?.approval?.status ?? null, snapshot.status);
      check('campaigns.approval', 'decisions', campaign?.approval?.decisions.length ?? null, snapshot.decisions);
    }
  }
  return found;
}
