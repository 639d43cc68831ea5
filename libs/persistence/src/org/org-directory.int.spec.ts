import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { LevelEntity, OfficialEntity, OfficialRoleEntity, UnitEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { OrgDirectory } from './org-directory';

describe.each(databasesUnderTest())('org directory on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let directory: OrgDirectory;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    directory = new OrgDirectory(dataSource);
    expect(await seedDemoOrg(dataSource)).toBe('seeded');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stores units with materialised paths and officials with their roles', async () => {
    const commune = await directory.findUnit('TQ-YS-THANGQUAN');
    expect(commune?.path).toBe('/TQ/TQ-YS/TQ-YS-THANGQUAN/');
    const leader = await directory.findOfficial({ username: 'lanhdao.tinh' });
    expect(leader).toMatchObject({ unit: { code: 'TQ' }, roles: ['leader'] });
    expect((await directory.children('TQ')).map((u) => u.code)).toContain('TQ-MTTQ');
  });

  it('finds an official by id or username with their unit and every role they hold, and no one for an unknown name', async () => {
    const leader = (await directory.findOfficial({ username: 'lanhdao.tinh' }))!;
    await dataSource.getRepository(OfficialRoleEntity).insert({ officialId: leader.official.id, role: 'council_member' });
    const byId = await directory.findOfficial({ id: leader.official.id });
    expect(byId?.official).toBeInstanceOf(OfficialEntity);
    expect(byId?.official).toEqual(leader.official);
    expect(Object.keys(byId!.official)).not.toEqual(expect.arrayContaining(['unit']));
    expect(Object.keys(byId!.official)).not.toEqual(expect.arrayContaining(['grants']));
    expect(byId?.unit).toMatchObject({ code: 'TQ', path: '/TQ/' });
    expect([...byId!.roles].sort()).toEqual(['council_member', 'leader']);
    await dataSource.getRepository(OfficialRoleEntity).delete({ officialId: leader.official.id, role: 'council_member' });
    expect(await directory.findOfficial({ username: 'khong.co' })).toBeNull();
  });

  it('leaves a seeded directory alone on the next start', async () => {
    expect(await seedDemoOrg(dataSource)).toBe('kept');
  });

  it('rolls back a whole import when one row fails in the database', async () => {
    const unitsBefore = await dataSource.getRepository(UnitEntity).count();
    const attempt = directory.applyImport({
      levels: [{ code: 'thon', name: 'Thôn', rank: 3 }],
      units: [{ code: 'TQ-YS-THANGQUAN-T1', name: 'Thôn 1', levelCode: 'thon', kind: 'thon', parentCode: 'TQ-YS-THANGQUAN' }],
      // Bypasses validation on purpose: the unique index must still stop it, and take the rows above with it.
      officials: [
        { username: 'lanhdao.tinh', fullName: 'Trùng tên', email: 'x@y.vn', unitCode: 'TQ', roles: ['leader'], password: 'MatKhau2026!' },
      ],
    });
    await expect(attempt).rejects.toThrow();
    expect(await dataSource.getRepository(UnitEntity).count()).toBe(unitsBefore);
    expect(await dataSource.getRepository(LevelEntity).findOneBy({ code: 'thon' })).toBeNull();
  });

  it('can undo and redo every migration', async () => {
    const migrations = dataSource.migrations.length;
    for (let i = 0; i < migrations; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.createQueryRunner().hasTable('units')).toBe(false);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.createQueryRunner().hasTable('units')).toBe(true);
  });
});
