import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { OfficialEntity, OfficialPostingEntity, OrgChangeEntity, UnitEntity, UnitHistoryEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { OfficialPostings } from './official-postings';
import { OrgChangeStore } from './org-change-store';
import { UnitHistoryStore } from './unit-history-store';

describe.each(databasesUnderTest())('org changes, unit history and postings on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: OrgChangeStore;
  let postings: OfficialPostings;
  const officialId = async (username: string) => (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username })).id;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    store = new OrgChangeStore(dataSource);
    postings = new OfficialPostings(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('gives every imported unit an open version and every official an open posting', async () => {
    expect(await dataSource.getRepository(UnitHistoryEntity).count()).toBe(await dataSource.getRepository(UnitEntity).count());
    expect(await dataSource.getRepository(OfficialPostingEntity).count()).toBe(await dataSource.getRepository(OfficialEntity).count());
  });

  it('backfills history and postings when the migration runs over an existing tree', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    const versions = await dataSource.getRepository(UnitHistoryEntity).find();
    expect(versions).toHaveLength(await dataSource.getRepository(UnitEntity).count());
    expect(versions.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v.validFrom) && v.validTo === null && v.active)).toBe(true);
    const leader = await postings.of(await officialId('lanhdao.ys-langquan'));
    expect(leader).toEqual([expect.objectContaining({ unitCode: 'TQ-YS-LANGQUAN', roles: ['leader'], validTo: null })]);
  });

  it('records a posting by closing the open one on the new posting’s first day', async () => {
    const id = await officialId('chuyenvien.sd');
    const [open] = await postings.of(id);
    await dataSource.transaction((manager) =>
      postings.record(manager, { officialId: id, unitCode: 'TQ-SNV', roles: ['specialist', 'leader'], validFrom: '2099-01-01' }),
    );
    const after = await postings.of(id);
    expect(after).toEqual([
      expect.objectContaining({ unitCode: 'TQ-SD', validFrom: open.validFrom, validTo: '2099-01-01' }),
      expect.objectContaining({ unitCode: 'TQ-SNV', roles: ['leader', 'specialist'], validFrom: '2099-01-01', validTo: null }),
    ]);
    expect((await postings.on('TQ-SNV', '2099-01-01')).map((p) => p.officialId)).toContain(id);
    expect((await postings.on('TQ-SD', '2098-12-31')).map((p) => p.officialId)).toContain(id);
    expect((await postings.on('TQ-SD', '2099-01-01')).map((p) => p.officialId)).not.toContain(id);
  });

  it('applies a merge in one transaction, once: officials to the successor, dissolved unit kept, history dated', async () => {
    const id = await store.record(
      {
        effectiveOn: '2099-07-01',
        reason: 'Sáp nhập',
        changes: [
          {
            kind: 'merge',
            unitCodes: ['TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH'],
            into: { code: 'TQ-SD-TUHOP', name: 'Xã Tú Hợp', statisticsCode: '02301' },
          },
        ],
      },
      await officialId('quantri'),
    );
    const applied = await store.apply(id);
    expect(applied).toMatchObject({
      changeId: id,
      effectiveOn: '2099-07-01',
      reason: 'Sáp nhập',
      dissolved: [
        { unitCode: 'TQ-SD-TUTHINH', successorCode: 'TQ-SD-TUHOP' },
        { unitCode: 'TQ-SD-HOPTHANH', successorCode: 'TQ-SD-TUHOP' },
      ],
    });
    const postingsBefore = await dataSource.getRepository(OfficialPostingEntity).count();
    expect(await store.apply(id)).toEqual(applied);
    expect(await dataSource.getRepository(OfficialPostingEntity).count()).toBe(postingsBefore);

    const units = dataSource.getRepository(UnitEntity);
    expect(await units.findOneByOrFail({ code: 'TQ-SD-TUHOP' })).toMatchObject({
      path: '/TQ/TQ-SD/TQ-SD-TUHOP/',
      statisticsCode: '02301',
      active: true,
    });
    expect(await units.findOneByOrFail({ code: 'TQ-SD-TUTHINH' })).toMatchObject({
      active: false,
      successorCode: 'TQ-SD-TUHOP',
      dissolvedOn: '2099-07-01',
    });
    const moved = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'lanhdao.sd-tuthinh' });
    expect(moved.unitCode).toBe('TQ-SD-TUHOP');
    expect((await postings.of(moved.id)).at(-1)).toMatchObject({
      unitCode: 'TQ-SD-TUHOP',
      roles: ['leader'],
      changeRef: id,
      validFrom: '2099-07-01',
    });

    const history = new UnitHistoryStore(dataSource);
    expect(await history.on('TQ-SD-TUTHINH', '2099-06-30')).toMatchObject({ active: true, name: 'Ủy ban nhân dân xã Tú Thịnh' });
    expect(await history.on('TQ-SD-TUTHINH', '2099-07-01')).toMatchObject({ active: false, changeId: id });
    expect(await history.on('TQ-SD-TUHOP', '2099-06-30')).toBeNull();
    expect((await store.find(id))?.status).toBe('applied');
  });

  it('refuses to apply a set the tree no longer allows, writing nothing of it and saying why', async () => {
    const id = await store.record(
      { effectiveOn: '2099-08-01', reason: 'Trễ', changes: [{ kind: 'rename', unitCode: 'TQ-SD-TUTHINH', name: 'Không còn' }] },
      await officialId('quantri'),
    );
    const outcome = await store.apply(id);
    expect(outcome).toMatchObject({
      dissolved: [],
      moved: [],
      refused: [expect.objectContaining({ message: expect.stringContaining('TQ-SD-TUTHINH') })],
    });
    expect(await dataSource.getRepository(OrgChangeEntity).findOneByOrFail({ id })).toMatchObject({ status: 'refused', appliedAt: null });
    expect((await dataSource.getRepository(UnitEntity).findOneByOrFail({ code: 'TQ-SD-TUTHINH' })).name).not.toBe('Không còn');
  });
});
