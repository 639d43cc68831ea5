import { approvalWorkflowId, campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { CampaignEntity, DecisionLogEntity, UnitProgressEntity } from '@tdkt/persistence';
import type { DataSource } from 'typeorm';

/**
 * The workflows that make up a campaign's record: the campaign, its plan's approval chain, the issuer's
 * participation (even when the issuer owes nothing itself), every participating unit known to the
 * read models or the decision log, and every award dossier the log knows.
 */
export async function campaignWorkflowIds(dataSource: DataSource, campaignId: string): Promise<string[]> {
  const [campaign, units, logged] = await Promise.all([
    dataSource.getRepository(CampaignEntity).findOne({ select: { issuerUnitCode: true, status: true }, where: { id: campaignId } }),
    dataSource
      .getRepository(UnitProgressEntity)
      .createQueryBuilder('p')
      .select('DISTINCT p.unit_code', 'unit_code')
      .where('p.campaign_id = :campaignId', { campaignId })
      .getRawMany(),
    dataSource
      .getRepository(DecisionLogEntity)
      .createQueryBuilder('d')
      .select('DISTINCT d.workflow_id', 'workflow_id')
      .where('d.campaign_id = :campaignId', { campaignId })
      .getRawMany(),
  ]);
  const ids = new Set<string>([campaignWorkflowId(campaignId), approvalWorkflowId({ kind: 'plan', id: campaignId })]);
  // A plan that never got past its approval chain has no participation to look for.
  if (campaign && !['in_approval', 'rejected', 'expired'].includes(campaign.status))
    ids.add(participationWorkflowId(campaignId, campaign.issuerUnitCode));
  for (const { unit_code } of units) ids.add(participationWorkflowId(campaignId, unit_code));
  for (const { workflow_id } of logged) if (/^(participation|award):/.test(workflow_id)) ids.add(workflow_id);
  return [...ids].sort();
}
