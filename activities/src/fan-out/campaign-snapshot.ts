import type { PlanDefinition } from '@tdkt/domain';

/** What the fan-out needs of an issued campaign. */
export interface CampaignSnapshot {
  plan: PlanDefinition;
  planNumber: string;
  issuedAt: Date;
}
