import type { CampaignState } from '@tdkt/contracts';
import { AuditAction, campaignEntry, DecisionEntry } from '@tdkt/domain';
import { auditActivities, decisionBatch, decisionSource, reportRecorded } from '../audit/audit-record';
import { campaignActivities } from '../campaign-activities.proxy';

/** The campaign's status in its read model and its steps in the decision log, written together. */
export class CampaignRecord {
  constructor(
    private readonly campaignId: string,
    private readonly issuerUnitCode: string,
  ) {}

  async status(state: CampaignState, ...steps: (AuditAction | DecisionEntry)[]): Promise<void> {
    const at = new Date().toISOString();
    const entries = steps.map((step) =>
      typeof step !== 'string'
        ? step
        : campaignEntry(step, at, this.issuerUnitCode, step === 'number_assigned' ? { planNumber: state.planNumber } : null),
    );
    const decisions = decisionBatch(this.campaignId, entries);
    await campaignActivities.recordCampaignStatus({
      campaignId: this.campaignId,
      status: state.status,
      ...(state.planNumber ? { planNumber: state.planNumber } : {}),
      ...(state.issuedAt ? { issuedAt: state.issuedAt } : {}),
      decisions,
    });
    reportRecorded({ ...decisions, snapshot: { kind: 'campaign', status: state.status, planNumber: state.planNumber } });
  }

  /** Keeps the decision log's head in this history, where rewriting the database cannot reach it. */
  async seal(label: string): Promise<void> {
    await auditActivities.sealDecisionChain({ campaignId: this.campaignId, label, source: decisionSource(), at: new Date().toISOString() });
  }
}
