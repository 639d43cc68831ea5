import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { CampaignRepository } from './campaign-repository';
import { createCampaigns, samplePlan, sampleProjection } from './campaign-test-fixtures';
import { CampaignProjections } from './projections';

describe.each(databasesUnderTest())('campaign repository on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let campaigns: CampaignRepository;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    campaigns = new CampaignRepository(dataSource);
    await createCampaigns(dataSource, ['province-2026']);
    await createCampaigns(dataSource, ['yen-son-2026'], samplePlan({ issuer: { unitCode: 'TQ-YS' }, title: 'Kế hoạch huyện Yên Sơn' }));
    await createCampaigns(
      dataSource,
      ['son-duong-2027'],
      samplePlan({ issuer: { unitCode: 'TQ-SD' }, year: 2027, templateKey: 'mttq-doan-ket' }),
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stores the plan as an object and takes title, year and issuer from it', async () => {
    const campaign = await campaigns.findById('son-duong-2027');
    expect(campaign).toMatchObject({
      issuerUnitCode: 'TQ-SD',
      year: 2027,
      templateKey: 'mttq-doan-ket',
      status: 'in_approval',
      planNumber: null,
    });
    expect(campaign?.plan.signature).toEqual({ capacity: 'TM', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH' });
  });

  it('lists what a unit issued below it or takes part in', async () => {
    const ids = async (path: string) => (await campaigns.list({ visibleToPath: path, limit: 10, offset: 0 })).items.map((c) => c.id).sort();
    expect(await ids('/TQ/')).toEqual(['province-2026', 'son-duong-2027', 'yen-son-2026']);
    expect(await ids('/TQ/TQ-YS/')).toEqual(['yen-son-2026']);
    const thangQuan = { unitCode: 'TQ-YS-THANGQUAN', reportsTo: 'TQ', levelCode: 'xa' };
    await new CampaignProjections(dataSource).applyObligationProjection(
      sampleProjection({ campaignId: 'province-2026', ...thangQuan, version: 1 }),
      '/TQ/TQ-YS/TQ-YS-THANGQUAN/',
    );
    expect(await ids('/TQ/TQ-YS/')).toEqual(['province-2026', 'yen-son-2026']);
    expect(await ids('/TQ/TQ-YS/TQ-YS-THANGQUAN/')).toEqual(['province-2026']);
    expect((await campaigns.list({ year: 2027, limit: 10, offset: 0 })).items.map((c) => c.id)).toEqual(['son-duong-2027']);
    expect(await campaigns.list({ visibleToPath: '/TQ/', limit: 1, offset: 1 })).toMatchObject({ total: 3, items: [expect.anything()] });
  });

  it('records status changes, the plan number and the issue time; retries change nothing', async () => {
    const issuedAt = new Date('2026-02-03T04:05:06.000Z');
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await campaigns.recordStatus('yen-son-2026', 'issued', { planNumber: '1/KH-UBND', issuedAt })).toBe(true);
    expect(await campaigns.findById('yen-son-2026')).toMatchObject({ status: 'issued', planNumber: '1/KH-UBND', issuedAt });
    expect((await campaigns.list({ status: 'issued', limit: 10, offset: 0 })).items.map((c) => c.id)).toEqual(['yen-son-2026']);
    expect(await campaigns.recordStatus('missing', 'running')).toBe(false);
  });

  it('can undo and redo every migration', async () => {
    const runner = dataSource.createQueryRunner();
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await runner.hasTable('campaigns')).toBe(false);
    expect(await runner.hasTable('unit_progress')).toBe(false);
    await dataSource.runMigrations({ transaction: 'each' });
    for (const table of ['campaigns', 'plan_number_sequences', 'inbox_items', 'unit_progress'])
      expect(await runner.hasTable(table)).toBe(true);
    await runner.release();
  });
});
