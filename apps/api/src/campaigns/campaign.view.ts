import type { CampaignEntity } from '@tdkt/persistence';

export const toCampaignView = (c: CampaignEntity) => ({
  id: c.id,
  title: c.title,
  issuerUnitCode: c.issuerUnitCode,
  year: c.year,
  status: c.status,
  planNumber: c.planNumber,
  templateKey: c.templateKey,
  createdAt: c.createdAt,
  issuedAt: c.issuedAt,
});
