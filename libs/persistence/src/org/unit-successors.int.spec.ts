import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { UnitEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { UnitSuccessors } from './unit-successors';

describe.each(databasesUnderTest())('unit successors on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let successors: UnitSuccessors;
  const dissolve = (code: string, successorCode: string | null) =>
    dataSource.getRepository(UnitEntity).update({ code }, { active: false, successorCode });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    successors = new UnitSuccessors(dataSource);
    await seedDemoOrg(dataSource);
    // Lăng Quán merged into Thắng Quân, which was merged into Tú Thịnh later; Hợp Thành dissolved with no successor.
    await dissolve('TQ-YS-LANGQUAN', 'TQ-YS-THANGQUAN');
    await dissolve('TQ-YS-THANGQUAN', 'TQ-SD-TUTHINH');
    await dissolve('TQ-SD-HOPTHANH', null);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('follows one unit’s chain to the unit that holds its work now', async () => {
    expect(await successors.liveSuccessorOf('TQ-SD')).toBe('TQ-SD');
    expect(await successors.liveSuccessorOf('TQ-YS-THANGQUAN')).toBe('TQ-SD-TUTHINH');
    expect(await successors.liveSuccessorOf('TQ-YS-LANGQUAN')).toBe('TQ-SD-TUTHINH');
    expect(await successors.liveSuccessorOf('TQ-SD-HOPTHANH')).toBe('TQ-SD-HOPTHANH');
  });

  it('answers the same for one code as for many', async () => {
    const codes = ['TQ-SD', 'TQ-YS-THANGQUAN', 'TQ-YS-LANGQUAN', 'TQ-SD-HOPTHANH'];
    const many = await successors.liveSuccessorsOf(codes);
    for (const code of codes) expect(await successors.liveSuccessorOf(code)).toBe(many.get(code));
  });

  it('stops on a chain that loops back (bad org data) rather than reading for ever', async () => {
    await dissolve('TQ-SD-TUTHINH', 'TQ-YS-LANGQUAN');
    try {
      expect(['TQ-YS-LANGQUAN', 'TQ-YS-THANGQUAN', 'TQ-SD-TUTHINH']).toContain(await successors.liveSuccessorOf('TQ-YS-LANGQUAN'));
      expect(await successors.liveSuccessorOf('TQ-YS-LANGQUAN')).toBe(
        (await successors.liveSuccessorsOf(['TQ-YS-LANGQUAN'])).get('TQ-YS-LANGQUAN'),
      );
    } finally {
      await dataSource.getRepository(UnitEntity).update({ code: 'TQ-SD-TUTHINH' }, { active: true, successorCode: null });
    }
  });
});
