import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActorRef, ApprovalClock, ApprovalState, ApprovalStep, DecisionRecord, DecisionRequest } from '@tdkt/domain';

/** What is being approved: a plan, a report, a nomination… The chain does not care beyond display. */
export interface ApprovalSubject {
  kind: string;
  id: string;
  title: string;
}

export interface ApprovalInput {
  subject: ApprovalSubject;
  drafter: ActorRef;
  steps: ApprovalStep[];
  /** True when the drafter submits as the chain starts; false to start as a draft. */
  submitted: boolean;
  /** The decision log the chain's decisions go to: the campaign's, under the unit the subject belongs to. */
  record: { campaignId: string; unitCode: string };
  /** Every step's clock: how long it may wait, when to remind, when the chain lapses. Absent in chains started before clocks. */
  clock?: ApprovalClock;
}

export type { ApprovalClock } from '@tdkt/domain';

export interface ApprovalResult {
  outcome: 'approved' | 'rejected' | 'expired';
  decisions: DecisionRecord[];
}

export const decideUpdate = defineUpdate<DecisionRecord, [DecisionRequest]>('decide');
export const approvalStateQuery = defineQuery<ApprovalState>('approvalState');

/** One approval chain per subject: starting it twice for the same subject is refused by Temporal. */
export const approvalWorkflowId = (subject: Pick<ApprovalSubject, 'kind' | 'id'>): string => `approval:${subject.kind}:${subject.id}`;
