import type { CampaignEntity } from '@tdkt/persistence';

export const toCampaignView = (c: CampaignEntity) => ({
  id: c.id,
  title: c.title,
  issuerUnitCode: c.issuerUnitCode,
  year: c.year,
  /** `plan`, or `request`: a leader's request for a report outside the phases (see /report-requests). */
  kind: c.kind,
  status: c.status,
  planNumber: c.planNumber,
  /** 1 as issued; one more per amendment (GET /campaigns/:id/amendments). */
  planVersion: c.planVersion,
  templateKey: c.templateKey,
  createdAt: c.createdAt,
  issuedAt: c.issuedAt,
});
