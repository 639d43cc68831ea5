import { proxyActivities, proxySinks, workflowInfo } from '@temporalio/workflow';
import type { AuditActivities, AuditSinks, DecisionBatch, RecordedStep } from '@tdkt/contracts';
import type { DecisionEntry, DecisionSource } from '@tdkt/domain';

const { audit } = proxySinks<AuditSinks>();

/** Short, one transaction each, retried until they succeed (they are idempotent), like the projections. */
export const auditActivities = proxyActivities<Pick<AuditActivities, 'recordDecisions' | 'projectApproval' | 'sealDecisionChain'>>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Fetching and compressing histories: one run per call for a continued run, every workflow of a campaign at its end. */
export const archiveActivities = proxyActivities<Pick<AuditActivities, 'archiveHistory' | 'archiveCampaignHistories'>>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/** Where the current workflow task sits in Temporal: the run, and the history event that started the task. */
export function decisionSource(): DecisionSource {
  const info = workflowInfo();
  return { workflowId: info.workflowId, runId: info.runId, eventId: info.historyLength };
}

export function decisionBatch(campaignId: string, entries: DecisionEntry[]): DecisionBatch {
  return { campaignId, source: decisionSource(), entries };
}

/** Call once the activity that recorded the step has completed: replay then reports only what the log must hold. */
export function reportRecorded(step: RecordedStep): void {
  audit.recorded(step);
}
