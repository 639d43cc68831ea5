import type { PlanDefinition } from '@tdkt/domain';
import { BENCH_PASSWORD } from './bench-org';
import { expectStatus, HttpOfficial } from './http-official';
import { waitUntil } from './wait-until';

/**
 * Drafts the plan and walks it up seed 003's chain (Sở Nội vụ agrees, the deputy chairman signs), over
 * HTTP. Resolves when the signature's Update has returned: the moment a launch is measured from.
 */
export async function draftAndSign(system: { baseUrl: string }, plan: PlanDefinition): Promise<{ campaignId: string; signedAt: number }> {
  const [drafter, department, deputy] = await Promise.all(
    ['chuyenvien.tinh', 'lanhdao.snv', 'pho.tinh'].map((username) => HttpOfficial.login(system.baseUrl, username, BENCH_PASSWORD)),
  );
  const created = expectStatus('POST /campaigns', await drafter.post<{ id: string }>('/campaigns', { plan }), 201);
  const campaignId = created.body.id;
  await waitUntil(
    'the approval chain',
    async () => (await drafter.get<{ approval?: { status: string } }>(`/campaigns/${campaignId}`)).body.approval?.status === 'pending',
    60_000,
  );
  expectStatus('Sở Nội vụ agrees', await department.act(`/campaigns/${campaignId}/plan-decisions`, { action: 'approve' }), 200);
  expectStatus('the deputy chairman signs', await deputy.act(`/campaigns/${campaignId}/plan-decisions`, { action: 'approve' }), 200);
  return { campaignId, signedAt: performance.now() };
}
