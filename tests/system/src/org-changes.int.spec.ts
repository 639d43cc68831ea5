import request from 'supertest';
import { addDays, toLocalDate } from '@tdkt/domain';
import { OrgChangeEntity, OrgChangeStore, UnitEntity } from '@tdkt/persistence';
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { TestApp } from '@tdkt/api';
import { SystemUnderTest } from './system-under-test';

describe('org changes: rename, move, merge, split, deactivate with effective dates and history', () => {
  let system: SystemUnderTest;
  let t: TestApp;
  let admin: string;
  const today = toLocalDate(new Date());
  const tomorrow = addDays(today, 1);
  const http = () => request(t.app.getHttpServer());
  const login = async (username: string, password = 'ThiDua@2026!') =>
    (await http().post('/auth/login').send({ username, password }).expect(200)).body.accessToken as string;
  const unit = async (code: string) => (await http().get(`/units/${code}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;
  const childCodes = async (code: string) => (await unit(code)).children.map((c: { code: string }) => c.code);
  const changeCount = () => t.dataSource.getRepository(OrgChangeEntity).count();
  const submit = (body: object, token = admin) => http().post('/org/changes').set('Authorization', `Bearer ${token}`).send(body);

  // The real worker runs the real org-change workflow: each set is applied on its effective day by orgChangeWorkflow.
  beforeAll(async () => {
    system = await SystemUnderTest.start();
    t = system.app;
    admin = await login('quantri');
  }, 180_000);
  afterAll(() => system?.stop());

  it('renames a unit and gives it its statistics code, seen at once in GET /units', async () => {
    const res = await submit({
      effectiveOn: today,
      reason: 'Quyết định đổi tên',
      changes: [{ kind: 'rename', unitCode: 'TQ-YS-THANGQUAN', name: 'Ủy ban nhân dân phường Thắng Quân', statisticsCode: '02215' }],
    }).expect(201);
    expect(res.body).toMatchObject({ status: 'applied', effectiveOn: today });
    expect(await unit('TQ-YS-THANGQUAN')).toMatchObject({
      name: 'Ủy ban nhân dân phường Thắng Quân',
      statisticsCode: '02215',
      active: true,
    });
  });

  it('previews a set without writing anything', async () => {
    const before = await changeCount();
    const res = await http()
      .post('/org/changes/preview')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        effectiveOn: today,
        reason: 'Thử',
        changes: [{ kind: 'merge', unitCodes: ['TQ-YS-THANGQUAN', 'TQ-YS-LANGQUAN'], into: { code: 'TQ-YS-THANGQUAN' } }],
      })
      .expect(200);
    expect(res.body).toMatchObject({
      ok: true,
      errors: [],
      effects: { dissolved: [{ unitCode: 'TQ-YS-LANGQUAN', successorCode: 'TQ-YS-THANGQUAN' }] },
    });
    expect(await changeCount()).toBe(before);
    expect(await unit('TQ-YS-LANGQUAN')).toMatchObject({ active: true, successorCode: null });
  });

  it('refuses a set with bad changes as a whole, listing every problem', async () => {
    const before = await changeCount();
    const res = await submit({
      effectiveOn: today,
      reason: 'Có lỗi',
      changes: [
        { kind: 'rename', unitCode: 'TQ-SD-TUTHINH', name: 'Tên không được ghi' },
        { kind: 'merge', unitCodes: ['TQ-YS-LANGQUAN', 'TQ-KHONG-CO'], into: { code: 'TQ-YS-LANGQUAN' } },
        { kind: 'move', unitCode: 'TQ-YS', parentCode: 'TQ-YS-LANGQUAN' },
      ],
    }).expect(400);
    const text = JSON.stringify(res.body);
    expect(text).toContain('changes[1].unitCodes[1]');
    expect(text).toContain('changes[2].parentCode');
    expect(text).toContain('TQ-KHONG-CO');
    expect(await changeCount()).toBe(before);
    expect((await unit('TQ-SD-TUTHINH')).name).toBe('Ủy ban nhân dân xã Tú Thịnh');
  });

  it('merges two communes on a later day: officials move to the successor and the history answers for each day', async () => {
    const res = await submit({
      effectiveOn: tomorrow,
      reason: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã',
      changes: [{ kind: 'merge', unitCodes: ['TQ-YS-THANGQUAN', 'TQ-YS-LANGQUAN'], into: { code: 'TQ-YS-THANGQUAN' } }],
    }).expect(201);
    expect(res.body.status).toBe('scheduled');
    expect(await unit('TQ-YS-LANGQUAN')).toMatchObject({ active: true });

    // On its day orgChangeWorkflow applies the set through the store; the day is tomorrow, so the store is called here
    // directly, then again (idempotent).
    const store = new OrgChangeStore(t.dataSource);
    const applied = await store.apply(res.body.id);
    expect(applied.dissolved).toEqual([{ unitCode: 'TQ-YS-LANGQUAN', successorCode: 'TQ-YS-THANGQUAN' }]);
    expect(await store.apply(res.body.id)).toEqual(applied);

    expect(await unit('TQ-YS-LANGQUAN')).toMatchObject({ active: false, successorCode: 'TQ-YS-THANGQUAN' });
    expect(await childCodes('TQ-YS')).not.toContain('TQ-YS-LANGQUAN');
    const officials = await http().get('/units/TQ-YS-THANGQUAN/officials').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(officials.body.items.map((o: { username: string }) => o.username)).toEqual(
      expect.arrayContaining(['lanhdao.ys-langquan', 'chuyenvien.ys-langquan']),
    );

    const on = async (code: string, day: string) =>
      (await http().get(`/units/${code}/history`).query({ on: day }).set('Authorization', `Bearer ${admin}`).expect(200)).body;
    const leaders = (body: { leaders: { fullName: string }[] }) => body.leaders.map((l) => l.fullName);
    expect(leaders(await on('TQ-YS-LANGQUAN', today))).toEqual(['Hoàng Văn Lực']);
    expect(leaders(await on('TQ-YS-THANGQUAN', today))).toEqual(['Quan Văn Bình']);
    const after = await on('TQ-YS-LANGQUAN', tomorrow);
    expect(after.version).toMatchObject({ active: false, validFrom: tomorrow });
    expect(after.officials).toEqual([]);
    expect(leaders(await on('TQ-YS-THANGQUAN', tomorrow)).sort()).toEqual(['Hoàng Văn Lực', 'Quan Văn Bình']);

    const history = await http().get('/units/TQ-YS-LANGQUAN/history').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(history.body.versions.map((v: { active: boolean }) => v.active)).toEqual([true, false]);
    expect(history.body.postings.find((p: { fullName: string }) => p.fullName === 'Hoàng Văn Lực')).toMatchObject({ validTo: tomorrow });

    const listed = await http().get(`/org/changes/${res.body.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(listed.body).toMatchObject({ status: 'applied', dissolved: applied.dissolved });
  });

  it('moves a commune to another district', async () => {
    await submit({
      effectiveOn: today,
      reason: 'Điều chỉnh địa giới',
      changes: [{ kind: 'move', unitCode: 'TQ-SD-HOPTHANH', parentCode: 'TQ-YS' }],
    }).expect(201);
    expect(await childCodes('TQ-YS')).toContain('TQ-SD-HOPTHANH');
    expect(await childCodes('TQ-SD')).not.toContain('TQ-SD-HOPTHANH');
    const stored = await t.dataSource.getRepository(UnitEntity).findOneByOrFail({ code: 'TQ-SD-HOPTHANH' });
    expect(stored.path).toBe('/TQ/TQ-YS/TQ-SD-HOPTHANH/');
  });

  it('splits a commune in two, its officials going to the part named in dutiesTo', async () => {
    await submit({
      effectiveOn: today,
      reason: 'Chia tách xã',
      changes: [
        {
          kind: 'split',
          unitCode: 'TQ-SD-TUTHINH',
          into: [
            { code: 'TQ-SD-TUTHINH-A', name: 'Ủy ban nhân dân xã Tú Thịnh A' },
            { code: 'TQ-SD-TUTHINH-B', name: 'Ủy ban nhân dân xã Tú Thịnh B', statisticsCode: '02290' },
          ],
          dutiesTo: 'TQ-SD-TUTHINH-B',
        },
      ],
    }).expect(201);
    expect(await childCodes('TQ-SD')).toEqual(['TQ-SD-TUTHINH-A', 'TQ-SD-TUTHINH-B']);
    expect(await unit('TQ-SD-TUTHINH')).toMatchObject({ active: false, successorCode: 'TQ-SD-TUTHINH-B' });
    const officials = await http().get('/units/TQ-SD-TUTHINH-B/officials').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(officials.body.items.map((o: { username: string }) => o.username).sort()).toEqual([
      'chuyenvien.sd-tuthinh',
      'lanhdao.sd-tuthinh',
    ]);
  });

  it('abolishes a district: its communes and officials go to the province', async () => {
    await submit({
      effectiveOn: today,
      reason: 'Bỏ cấp huyện',
      changes: [{ kind: 'deactivate', unitCode: 'TQ-SD', successorCode: 'TQ' }],
    }).expect(201);
    expect(await unit('TQ-SD')).toMatchObject({ active: false, successorCode: 'TQ' });
    expect(await childCodes('TQ')).toEqual(expect.arrayContaining(['TQ-SD-TUTHINH-A', 'TQ-SD-TUTHINH-B']));
    expect(await childCodes('TQ')).not.toContain('TQ-SD');
    const stored = await t.dataSource.getRepository(UnitEntity).findOneByOrFail({ code: 'TQ-SD-TUTHINH-A' });
    expect(stored.path).toBe('/TQ/TQ-SD-TUTHINH-A/');
  });

  it('refuses an administrator units outside their subtree, and a root to all but a system administrator', async () => {
    await http()
      .post('/admin/org-import')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        officials: [
          {
            username: 'quantri.ys',
            fullName: 'Quản Trị Yên Sơn',
            email: 'quantri.ys@tuyenquang.demo.gov.vn',
            unitCode: 'TQ-YS',
            roles: ['admin'],
            password: 'MatKhauDai2026',
          },
        ],
      })
      .expect(201);
    const districtAdmin = await login('quantri.ys', 'MatKhauDai2026');
    const before = await changeCount();
    const outside = await submit(
      { effectiveOn: today, reason: 'x', changes: [{ kind: 'rename', unitCode: 'TQ-SNV', name: 'Sở khác' }] },
      districtAdmin,
    ).expect(403);
    expect(JSON.stringify(outside.body)).toContain('TQ-SNV');
    await submit(
      { effectiveOn: today, reason: 'x', changes: [{ kind: 'move', unitCode: 'TQ-SD-HOPTHANH', parentCode: 'TQ' }] },
      districtAdmin,
    ).expect(403);
    const root = await submit({ effectiveOn: today, reason: 'x', changes: [{ kind: 'rename', unitCode: 'TQ', name: 'Tỉnh mới' }] }).expect(
      403,
    );
    expect(JSON.stringify(root.body)).toContain('quản trị hệ thống');
    expect(await changeCount()).toBe(before);
    const specialist = await login('chuyenvien.tinh');
    await submit({ effectiveOn: today, reason: 'x', changes: [{ kind: 'rename', unitCode: 'TQ-SNV', name: 'A' }] }, specialist).expect(403);
  });

  it('takes a change set as CSV, and answers its problems at csv[row].column', async () => {
    const csv = [
      'kind,unitCode,name,parentCode,unitCodes,intoCode,statisticsCode,dutiesTo,successorCode',
      'rename,TQ-STTTT,Sở Khoa học và Công nghệ,,,,,,',
      'merge,,Ủy ban nhân dân xã Tú Thịnh,,TQ-SD-TUTHINH-A;TQ-SD-TUTHINH-B,TQ-SD-TUTHINH-B,,,',
    ].join('\n');
    const bad = await submit({ effectiveOn: today, reason: 'Bảng tính', csv: csv.replace('TQ-SD-TUTHINH-A;', 'TQ-KHONG-CO;') }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('csv[2].unitCodes');
    const res = await submit({ effectiveOn: today, reason: 'Hợp nhất các sở, xã', csv }).expect(201);
    expect(res.body.status).toBe('applied');
    expect((await unit('TQ-STTTT')).name).toBe('Sở Khoa học và Công nghệ');
    expect(await unit('TQ-SD-TUTHINH-A')).toMatchObject({ active: false, successorCode: 'TQ-SD-TUTHINH-B' });
    expect((await unit('TQ-SD-TUTHINH-B')).name).toBe('Ủy ban nhân dân xã Tú Thịnh');
  });

  it('lists the recorded sets, newest first, paged', async () => {
    const res = await http().get('/org/changes').query({ limit: 2 }).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.body).toMatchObject({ total: await changeCount(), limit: 2, offset: 0 });
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0].reason).toBe('Hợp nhất các sở, xã');
  });

  it('refuses, on its day, a set the tree no longer fits: nothing of it is written, and the list says why', async () => {
    const commune = (code: string, name: string) => ({ code, name, levelCode: 'xa', kind: 'ubnd', parentCode: 'TQ-YS' });
    await http()
      .post('/admin/org-import')
      .set('Authorization', `Bearer ${admin}`)
      .send({ units: [commune('TQ-YS-MOT', 'Ủy ban nhân dân xã Một'), commune('TQ-YS-HAI', 'Ủy ban nhân dân xã Hai')] })
      .expect(201);
    const later = await submit({
      effectiveOn: tomorrow,
      reason: 'Sáp nhập dự kiến',
      changes: [{ kind: 'merge', unitCodes: ['TQ-YS-MOT', 'TQ-YS-HAI'], into: { code: 'TQ-YS-MOT' } }],
    }).expect(201);
    expect(later.body.status).toBe('scheduled');
    // Meanwhile another set dissolves one of the two.
    await submit({
      effectiveOn: today,
      reason: 'Giải thể',
      changes: [{ kind: 'deactivate', unitCode: 'TQ-YS-HAI', successorCode: 'TQ-YS' }],
    }).expect(201);

    // On its day orgChangeWorkflow applies the set through the store; the day is tomorrow, so the store is called here.
    const outcome = await new OrgChangeStore(t.dataSource).apply(later.body.id);
    expect(outcome).toMatchObject({ dissolved: [], moved: [] });
    expect(outcome.refused?.length).toBeGreaterThan(0);
    const recorded = (await http().get(`/org/changes/${later.body.id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;
    expect(recorded).toMatchObject({ status: 'refused', dissolved: [] });
    expect(JSON.stringify(recorded.refusedBecause)).toContain('TQ-YS-HAI');
    expect(await unit('TQ-YS-MOT')).toMatchObject({ active: true, successorCode: null });
    // Asked again (a retried activity), it answers the same and writes nothing.
    expect(await new OrgChangeStore(t.dataSource).apply(later.body.id)).toEqual(outcome);
  });

  it('shows an administrator only the sets that name a unit of their subtree', async () => {
    const districtAdmin = await login('quantri.ys', 'MatKhauDai2026');
    const listAs = async (token: string) =>
      (await http().get('/org/changes').query({ limit: 100 }).set('Authorization', `Bearer ${token}`).expect(200)).body as {
        total: number;
        items: { id: string; changes: object[] }[];
      };
    const all = await listAs(admin);
    const theirs = await listAs(districtAdmin);
    expect(theirs.total).toBeGreaterThan(0);
    expect(theirs.total).toBeLessThan(all.total);
    for (const set of theirs.items) expect(JSON.stringify(set.changes)).toContain('TQ-YS');
    const elsewhere = all.items.find((set) => !JSON.stringify(set.changes).includes('TQ-YS'))!;
    await http().get(`/org/changes/${elsewhere.id}`).set('Authorization', `Bearer ${districtAdmin}`).expect(404);
    await http().get(`/org/changes/${elsewhere.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
  });
});
