import { defineQuery } from '@temporalio/workflow';
import type { ActorRef, ApprovalStep, PlanDefinition } from '@tdkt/domain';

export interface CampaignInput {
  campaignId: string;
  plan: PlanDefinition;
  drafter: ActorRef;
  /** The plan's approval chain with every step's unit resolved (a template step without a unit is the issuer's). */
  approvalSteps: ApprovalStep[];
}

export type CampaignStatus = 'in_approval' | 'rejected' | 'issued' | 'running' | 'closed';

export interface CampaignState {
  status: CampaignStatus;
  planNumber: string | null;
  issuedAt: string | null;
}

export const campaignStateQuery = defineQuery<CampaignState>('campaignState');

export const campaignWorkflowId = (campaignId: string): string => `campaign:${campaignId}`;
