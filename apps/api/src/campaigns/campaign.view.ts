import type { CampaignEntity } from '@tdkt/persistence';

export const toCampaignView = (c: CampaignEntity) => ({
  id: c.id,
  title: c.title,
  issuerUnitCode: c.issuerUnitCode,
  year: c.year,
  status: c.status,
  planNumber: c.planNumber,
  /** 1 as issued; one more per amendment (GET /campaigns/:id/amendments). */
  planVersion: c.planVersion,
  templateKey: c.templateKey,
  createdAt: c.createdAt,
  issuedAt: c.issuedAt,
});
