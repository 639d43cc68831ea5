import { condition, getExternalWorkflowHandle, log, setHandler } from '@temporalio/workflow';
import {
  amendPlanUpdate,
  campaignChangedSignal,
  CampaignState,
  participationWorkflowId,
  pauseCampaignUpdate,
  refusalFailure,
} from '@tdkt/contracts';
import {
  amendPlan,
  CampaignChange,
  CampaignPause,
  campaignPausedEntry,
  DecisionEntry,
  PlanAmendment,
  planAmendedEntry,
  PlanDefinition,
  Refusal,
  refuseAmendment,
  refusePause,
} from '@tdkt/domain';
import { decisionBatch, reportRecorded } from '../audit/audit-record';
import { campaignActivities } from '../campaign-activities.proxy';
import type { CampaignRecord } from './campaign-record';

/**
 * The issuer's leader changing a running campaign, as Updates: amending the plan's deadlines (numbered
 * amendments), suspending and resuming it. Each is refused before anything changes when the official,
 * the reason or the state does not allow it; accepted, it is recorded, then passed down the tree through
 * the issuer's own participation. One change at a time, so amendments keep their numbers in order.
 */
export class CampaignChanges {
  private plan: PlanDefinition;
  private readonly done = new Map<string, DecisionEntry>();
  private busy = false;

  constructor(
    private readonly campaignId: string,
    plan: PlanDefinition,
    private readonly record: CampaignRecord,
    private readonly state: { get(): CampaignState; set(next: CampaignState): void },
  ) {
    this.plan = plan;
    const issuer = plan.issuer.unitCode;
    const refused = (refusal: Refusal | undefined) => {
      if (refusal) throw refusalFailure(refusal);
    };
    const checkAmendment = (a: PlanAmendment) =>
      void (this.done.has(a.requestId) || refused(refuseAmendment(this.status, issuer, this.plan, a)));
    const checkPause = (p: CampaignPause) => void (this.done.has(p.requestId) || refused(refusePause(this.status, issuer, p)));

    setHandler(amendPlanUpdate, (amendment) => this.oneAtATime(amendment.requestId, () => this.amend(amendment, checkAmendment)), {
      validator: checkAmendment,
    });
    setHandler(pauseCampaignUpdate, (pause) => this.oneAtATime(pause.requestId, () => this.pause(pause, checkPause)), {
      validator: checkPause,
    });
  }

  private get status(): string {
    return this.state.get().status;
  }

  /** A request id seen before answers with its first result; otherwise waits for the change before it to finish. */
  private async oneAtATime(requestId: string, change: () => Promise<DecisionEntry>): Promise<DecisionEntry> {
    await condition(() => !this.busy || this.done.has(requestId));
    const earlier = this.done.get(requestId);
    if (earlier) return earlier;
    this.busy = true;
    try {
      const entry = await change();
      this.done.set(requestId, entry);
      return entry;
    } finally {
      this.busy = false;
    }
  }

  private async amend(amendment: PlanAmendment, check: (a: PlanAmendment) => void): Promise<DecisionEntry> {
    check(amendment); // again: the change before this one may have ended the campaign
    const state = this.state.get();
    const amendmentNumber = (state.amendments ?? 0) + 1;
    const at = new Date().toISOString();
    const entry = planAmendedEntry(amendment, amendmentNumber, this.plan.issuer.unitCode, at);
    const decisions = decisionBatch(this.campaignId, [entry]);
    await campaignActivities.recordPlanAmendment({ campaignId: this.campaignId, amendmentNumber, amendment, decisions });
    reportRecorded(decisions);
    this.plan = amendPlan(this.plan, amendment.phases);
    this.state.set({ ...this.state.get(), amendments: amendmentNumber });
    const phaseKeys = amendment.phases.map((p) => p.phaseKey);
    await this.passDown({ kind: 'amended', amendmentNumber, reason: amendment.reason.trim(), phaseKeys, at });
    return entry;
  }

  private async pause(pause: CampaignPause, check: (p: CampaignPause) => void): Promise<DecisionEntry> {
    check(pause);
    const at = new Date().toISOString();
    const entry = campaignPausedEntry(pause, this.plan.issuer.unitCode, at);
    const before = this.state.get();
    const suspendedAt = before.suspendedAt ?? at;
    const next: CampaignState =
      pause.action === 'suspend'
        ? { ...before, status: 'suspended', suspendedAt: at }
        : { ...before, status: 'running', suspendedAt: null };
    this.state.set(next);
    await this.record.status(next, entry);
    const reason = pause.reason.trim();
    await this.passDown(pause.action === 'suspend' ? { kind: 'suspended', reason, at } : { kind: 'resumed', reason, at, suspendedAt });
    return entry;
  }

  private async passDown(change: CampaignChange): Promise<void> {
    const issuer = this.plan.issuer.unitCode;
    try {
      await getExternalWorkflowHandle(participationWorkflowId(this.campaignId, issuer)).signal(campaignChangedSignal, change);
    } catch (error) {
      // Only a closed participation refuses a signal: the whole tree has finished, and the campaign is closing.
      log.warn('The issuer participation has closed already', { error: String(error) });
    }
  }
}
