import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { hourlyPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * A plan's "Sở Nội vụ theo dõi, tổng hợp" as a real duty: the department follows the communes' interim
 * reports (outside its own subtree), reads their aggregate, and sends its compilation to the issuer
 * by its own deadline — the same task, inbox and approval as any report.
 */
const hour = 3600;
const compressed = hourlyPlan(template as unknown as PlanDefinition);
const plan: PlanDefinition = {
  ...compressed,
  responsibilities: [
    ...compressed.responsibilities.filter((r) => r.unitCode !== 'TQ-SNV'),
    {
      party: 'Sở Nội vụ',
      unitCode: 'TQ-SNV',
      role: 'lead',
      tasks: ['Theo dõi, tổng hợp kết quả sơ kết của cấp xã, báo cáo Ủy ban nhân dân tỉnh'],
      compiles: [
        {
          phaseKey: 'so-ket-2023',
          follows: { levels: ['xa'] },
          due: { kind: 'durationAfter', anchor: 'issued', duration: `${3 * hour + 600}s` },
        },
      ],
    },
  ],
};
const COMPILATION = 'tong-hop:so-ket-2023';

describe('a named body compiles the reports of the units it follows', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('follows the communes’ interim reports, reads their total, and reports its compilation to the issuer', async () => {
    const { flow } = await draftAndSign(system, plan);
    await flow.waitForStatus('running');
    const rows = await eventually('the department’s compilation open beside every duty', async () => {
      const all = await flow.progress();
      return all.length === 20 * 5 + 3 + 1 && all.every((r) => r.status === 'open') && all;
    });
    expect(rows.find((r) => r.obligationKey === COMPILATION)).toMatchObject({ unitCode: 'TQ-SNV', reportsTo: 'TQ' });
    const inbox = (await (await flow.as('lanhdao.snv')).get('/inbox').expect(200)).body.items as Record<string, string>[];
    expect(inbox.find((i) => i.campaignId === flow.campaignId && i.obligationKey === COMPILATION)).toBeDefined();

    await flow.complete('TQ-YS-THANGQUAN', 'so-ket-2023', { kpiValues: { 'hai-long-tthc': 80 } });
    await flow.complete('TQ-SD-TUTHINH', 'so-ket-2023', { kpiValues: { 'hai-long-tthc': 90 } });

    const department = await flow.as('lanhdao.snv');
    const communes = rows.filter((r) => r.levelCode === 'xa' && r.obligationKey === 'so-ket-2023').length;
    const followed = (await department.get(`/campaigns/${flow.campaignId}/units/TQ-SNV/followed?phase=so-ket-2023`).expect(200)).body;
    expect(followed.total).toBe(communes);
    expect(
      followed.items
        .filter((r: { status: string }) => r.status === 'approved')
        .map((r: { unitCode: string }) => r.unitCode)
        .sort(),
    ).toEqual(['TQ-SD-TUTHINH', 'TQ-YS-THANGQUAN']);
    const aggregate = (await department.get(`/campaigns/${flow.campaignId}/units/TQ-SNV/aggregate?phase=so-ket-2023`).expect(200)).body;
    expect(aggregate['hai-long-tthc']).toMatchObject({ count: 2, average: 85 });
    // A commune sees its own duties, not what the department compiles.
    await (
      await flow.as('chuyenvien.ys-thangquan')
    )
      .get(`/campaigns/${flow.campaignId}/units/TQ-SNV/followed?phase=so-ket-2023`)
      .expect(403);
    await department.get(`/campaigns/${flow.campaignId}/units/TQ-SNV/followed?phase=tong-ket-2025`).expect(404);

    await flow.complete('TQ-SNV', COMPILATION, { summary: 'Tổng hợp sơ kết cấp xã: 2/16 xã đã báo cáo, mức hài lòng bình quân 85%' });
    const reportedToIssuer = (
      await (await flow.as('lanhdao.tinh')).get(`/campaigns/${flow.campaignId}/units?reportsTo=TQ&limit=500`).expect(200)
    ).body.items as { unitCode: string; obligationKey: string; status: string }[];
    expect(reportedToIssuer.find((r) => r.obligationKey === COMPILATION)).toMatchObject({ unitCode: 'TQ-SNV', status: 'approved' });

    // Following up a late commune: the department may ask the units it follows, though they are not below it.
    const request = {
      kind: 'report',
      title: 'Đôn đốc báo cáo sơ kết cấp xã',
      content: 'Đề nghị UBND xã gửi báo cáo sơ kết chuyển đổi số.',
      recipients: { unitCodes: ['TQ-YS-LANGQUAN'] },
      due: { kind: 'workingDaysAfter', anchor: 'issued', days: 2 },
    };
    const outsideCampaign = await department.post('/report-requests', request);
    expect([outsideCampaign.status, outsideCampaign.body.detail]).toEqual([400, expect.stringContaining('TQ-YS-LANGQUAN')]);
    const followUp = await department.post('/report-requests', { ...request, campaignId: flow.campaignId });
    expect(followUp.status).toBe(201);
    await eventually('the commune asked by the department', async () => {
      const asked = (await department.get(`/campaigns/${followUp.body.id}/units`).expect(200)).body.items as {
        unitCode: string;
        reportsTo: string;
      }[];
      return asked.length === 1 && asked[0].unitCode === 'TQ-YS-LANGQUAN' && asked[0].reportsTo === 'TQ-SNV';
    });
  });
});
