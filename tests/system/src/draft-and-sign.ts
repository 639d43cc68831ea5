import type { PlanDefinition } from '@tdkt/domain';
import { CampaignFlow } from './campaign-flow';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * Drafts the plan as the province's specialist and walks it up seed 003's two-step chain (Sở Nội vụ
 * agrees, the deputy chairman signs). Resolves with the flow and the moment the signature returned.
 */
export async function draftAndSign(system: SystemUnderTest, plan: PlanDefinition): Promise<{ flow: CampaignFlow; signedAt: number }> {
  const drafter = await system.login('chuyenvien.tinh');
  const created = await drafter.post('/campaigns', { plan });
  if (created.status !== 201) throw new Error(`POST /campaigns: ${created.status} ${JSON.stringify(created.body)}`);
  const flow = new CampaignFlow(system, created.body.id);
  const decide = async (username: string) => {
    const response = await (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, { action: 'approve' });
    if (response.status !== 200) throw new Error(`${username} approve: ${response.status} ${JSON.stringify(response.body)}`);
  };
  await eventually(
    'approval chain running',
    async () => (await drafter.get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
  );
  await decide('lanhdao.snv');
  await decide('pho.tinh');
  return { flow, signedAt: Date.now() };
}
