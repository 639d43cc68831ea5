import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { OrgDirectory } from '../org/org-directory';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { CampaignRepository } from './campaign-repository';
import { createCampaigns, samplePlan } from './campaign-test-fixtures';
import { PlanNumbering } from './plan-numbering';

describe.each(databasesUnderTest())('plan numbering on %s', (kind) => {
  let database: TestDatabase;
  // Two data sources on one database stand in for an api and a worker replica.
  let api: DataSource;
  let worker: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    api = await openDatabase(database.config, { migrate: true });
    worker = await openDatabase(database.config, { migrate: false });
    await seedDemoOrg(api);
  });
  afterAll(async () => {
    await worker?.destroy();
    await api?.destroy();
    await database?.drop();
  });

  it('hands out 1..40 without gaps or repeats to concurrent callers on two replicas', async () => {
    const ids = Array.from({ length: 40 }, (_, n) => `race-${n}`);
    await createCampaigns(api, ids);
    const numbers = await Promise.all(ids.map((id, n) => new PlanNumbering(n % 2 ? api : worker).next(id, 'UBND', 2026)));
    expect(numbers.map((n) => n.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(numbers.every((n) => n.number === `${n.sequence}/KH-UBND`)).toBe(true);
    const stored = await new CampaignRepository(api).findById('race-7');
    expect(stored?.planNumber).toBe(numbers[7].number);
  });

  it('gives a campaign the number it already has when asked again, even concurrently', async () => {
    const first = await new PlanNumbering(api).next('race-3', 'UBND', 2026);
    const again = await Promise.all([
      new PlanNumbering(api).next('race-3', 'UBND', 2026),
      new PlanNumbering(worker).next('race-3', 'UBND', 2026),
    ]);
    expect(again).toEqual([first, first]);
    await createCampaigns(api, ['after-retries']);
    expect(await new PlanNumbering(worker).next('after-retries', 'UBND', 2026)).toEqual({ sequence: 41, number: '41/KH-UBND' });
  });

  it('restarts every year and keeps issuers apart', async () => {
    await createCampaigns(api, ['front-1', 'front-2']);
    await createCampaigns(api, ['next-year'], samplePlan({ year: 2027 }));
    expect(await new PlanNumbering(api).next('next-year', 'UBND', 2027)).toEqual({ sequence: 1, number: '1/KH-UBND' });
    expect(await new PlanNumbering(api).next('front-1', 'MTTQ-BTT', 2026)).toEqual({ sequence: 1, number: '1/KH-MTTQ-BTT' });
    expect(await new PlanNumbering(worker).next('front-2', 'MTTQ-BTT', 2026)).toEqual({ sequence: 2, number: '2/KH-MTTQ-BTT' });
  });

  it('counts separately for every body that prints the same code', async () => {
    await createCampaigns(api, ['district-1'], samplePlan({ issuer: { unitCode: 'TQ-YS' } }));
    expect(await new PlanNumbering(api).next('district-1', 'UBND', 2026)).toEqual({ sequence: 1, number: '1/KH-UBND' });
  });

  it('refuses to number a missing campaign, or one of another year, without using up a number', async () => {
    await expect(new PlanNumbering(api).next('missing', 'UBND', 2026)).rejects.toThrow(/does not exist/);
    await createCampaigns(api, ['wrong-year']);
    await expect(new PlanNumbering(api).next('wrong-year', 'UBND', 2027)).rejects.toThrow(/year 2026/);
    await createCampaigns(api, ['after-missing']);
    expect((await new PlanNumbering(api).next('after-missing', 'UBND', 2026)).sequence).toBe(42);
  });

  it('prints a party committee’s numbers in the party’s form, "<n>-KH/<code>", from the issuer’s kind', async () => {
    await new OrgDirectory(api).applyImport({
      levels: [],
      units: [{ code: 'TU-THU', name: 'Tỉnh ủy Thử nghiệm', levelCode: 'tinh', kind: 'tinh_uy', parentCode: null, issuerCode: 'TU' }],
      officials: [],
    });
    await createCampaigns(api, ['party-1', 'party-2'], samplePlan({ issuer: { unitCode: 'TU-THU', issuerCode: 'TU' } }));
    expect(await new PlanNumbering(api).next('party-1', 'TU', 2026)).toEqual({ sequence: 1, number: '1-KH/TU' });
    expect(await new PlanNumbering(worker).next('party-2', 'TU', 2026)).toEqual({ sequence: 2, number: '2-KH/TU' });
    expect(await new PlanNumbering(api).next('party-2', 'TU', 2026)).toEqual({ sequence: 2, number: '2-KH/TU' });
    expect((await new CampaignRepository(api).findById('party-1'))?.planNumber).toBe('1-KH/TU');
  });
});
