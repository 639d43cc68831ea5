import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  ActorRef,
  ApprovalStep,
  CampaignEnding,
  CampaignPause,
  DecisionEntry,
  PlanAmendment,
  PlanDefinition,
  YearOverrides,
} from '@tdkt/domain';

export interface CampaignInput {
  campaignId: string;
  plan: PlanDefinition;
  drafter: ActorRef;
  /** The plan's approval chain with every step's unit resolved (a template step without a unit is the issuer's). */
  approvalSteps: ApprovalStep[];
  /** Years of the national calendar an administrator entered, over the shipped ones (absent when none). */
  nationalCalendar?: YearOverrides;
}

/**
 * `expired`: the plan lapsed on its approval chain, nobody having acted on a step long past its due date.
 * `suspended`: its issuer paused it; no reminder or step until it is resumed (or ended).
 */
export type CampaignStatus = 'in_approval' | 'rejected' | 'expired' | 'issued' | 'running' | 'suspended' | 'closed' | 'cancelled';

export interface CampaignState {
  status: CampaignStatus;
  planNumber: string | null;
  issuedAt: string | null;
  /** How many times the plan was amended after issue (absent before amendments existed). */
  amendments?: number;
  /** Since when the campaign is suspended. */
  suspendedAt?: string | null;
}

/** A leader's request for a report outside the plan's phases, run as a campaign of one phase (see reportRequestWorkflow). */
export interface ReportRequestInput {
  campaignId: string;
  plan: PlanDefinition;
  requestedBy: ActorRef;
}

export const campaignStateQuery = defineQuery<CampaignState>('campaignState');
/** The issuer's leader closes or cancels a running campaign; answers with the decision as logged. */
export const endCampaignUpdate = defineUpdate<DecisionEntry, [CampaignEnding]>('endCampaign');
/** The issuer's leader amends the plan's deadlines after issue; answers with the amendment as logged (its number in `values`). */
export const amendPlanUpdate = defineUpdate<DecisionEntry, [PlanAmendment]>('amendPlan');
/** The issuer's leader suspends or resumes the campaign; answers with the decision as logged. */
export const pauseCampaignUpdate = defineUpdate<DecisionEntry, [CampaignPause]>('pauseCampaign');

export const campaignWorkflowId = (campaignId: string): string => `campaign:${campaignId}`;
