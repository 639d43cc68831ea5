import { DataSource } from 'typeorm';
import type { PlanTemplate } from '@tdkt/domain';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { OfficialEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { PlanTemplateStore } from './plan-template-store';

const template = (templateKey: string, title: string): PlanTemplate => ({
  templateKey,
  issuerKinds: ['tinh_uy'],
  plan: { title, year: '{{year}}', issuer: { unitCode: '{{issuer}}' }, dueByLevel: { '{{level+1}}': { kind: 'announcedLater' } } },
});

describe.each(databasesUnderTest())('plan templates added by administrators, on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let admin: { officialId: string; fullName: string };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    const official = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'quantri' });
    admin = { officialId: official.id, fullName: official.fullName };
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps a template as written, placeholders in keys included, and lists templates in the order they were added', async () => {
    const store = new PlanTemplateStore(dataSource);
    expect(
      await store.add({
        template: template('tu-hoc-tap', 'Học tập năm {{year}}'),
        addedBy: admin,
        addedAt: new Date('2026-03-02T01:00:00Z'),
      }),
    ).toBe(true);
    expect(
      await store.add({ template: template('tu-dan-van', 'Dân vận khéo'), addedBy: admin, addedAt: new Date('2026-03-03T01:00:00Z') }),
    ).toBe(true);
    const stored = await store.find('tu-hoc-tap');
    expect(stored).toMatchObject({
      template: template('tu-hoc-tap', 'Học tập năm {{year}}'),
      addedBy: admin.officialId,
      addedByName: admin.fullName,
    });
    expect((await store.list()).map((t) => t.templateKey)).toEqual(['tu-hoc-tap', 'tu-dan-van']);
  });

  it('lets the first template keep its key, also when two are added at once', async () => {
    const store = new PlanTemplateStore(dataSource);
    const added = await Promise.all(
      ['Lần một', 'Lần hai'].map((title) => store.add({ template: template('tu-cung-luc', title), addedBy: admin, addedAt: new Date() })),
    );
    expect(added.sort()).toEqual([false, true]);
    expect(await store.add({ template: template('tu-hoc-tap', 'Khác'), addedBy: admin, addedAt: new Date() })).toBe(false);
    expect((await store.find('tu-hoc-tap'))?.template.plan.title).toBe('Học tập năm {{year}}');
  });
});
