import request from 'supertest';
import { UnitEntity } from '@tdkt/persistence';
import { startTestApp, TestApp } from '../test-app';

describe('org import (all or nothing, row-level errors)', () => {
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const unitCount = () => t.dataSource.getRepository(UnitEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await http().post('/auth/login').send({ username: 'quantri', password: 'ThiDua@2026!' }).expect(200)).body.accessToken;
  });
  afterAll(() => t?.close());

  it('reports every bad row and writes nothing, not even the good rows', async () => {
    const before = await unitCount();
    const response = await http()
      .post('/admin/org-import')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        units: [
          { code: 'TQ-YS-MOI', name: 'Xã Mới', levelCode: 'xa', kind: 'ubnd', parentCode: 'TQ-YS' },
          { code: 'TQ-YS-LOI', name: 'Xã Lỗi', levelCode: 'khong-co', kind: 'ubnd', parentCode: 'TQ-KHONG' },
        ],
        officials: [{ username: 'x', fullName: '', email: 'not-an-email', unitCode: 'TQ-YS-MOI', roles: ['emperor'], password: 'short' }],
      })
      .expect(400);
    const fields = response.body.errors.map((e: { path: string }) => e.path);
    expect(fields).toEqual(
      expect.arrayContaining([
        'units[2].levelCode',
        'units[2].parentCode',
        'officials[1].username',
        'officials[1].email',
        'officials[1].roles',
        'officials[1].password',
      ]),
    );
    expect(await unitCount()).toBe(before);
  });

  it('imports a clean JSON file and a clean CSV file', async () => {
    const before = await unitCount();
    await http()
      .post('/admin/org-import')
      .set('Authorization', `Bearer ${admin}`)
      .send({ units: [{ code: 'TQ-YS-MOI', name: 'Xã Mới', levelCode: 'xa', kind: 'ubnd', parentCode: 'TQ-YS' }] })
      .expect(201, { levels: 0, units: 1, officials: 0 });
    await http()
      .post('/admin/org-import/csv')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        unitsCsv: 'code,name,level,kind,parent,issuer_code\nTQ-SD-MOI,Xã Mới Sơn Dương,xa,ubnd,TQ-SD,\n',
        officialsCsv:
          'username,full_name,email,unit,roles,title,password\nchuyenvien.moi,Nguyễn Văn Mới,moi@tuyenquang.demo.gov.vn,TQ-SD-MOI,specialist,,MatKhauDai2026\n',
      })
      .expect(201, { levels: 0, units: 1, officials: 1 });
    expect(await unitCount()).toBe(before + 2);
    await http().post('/auth/login').send({ username: 'chuyenvien.moi', password: 'MatKhauDai2026' }).expect(200);
  });

  it('is for administrators only', async () => {
    const leader = (await http().post('/auth/login').send({ username: 'lanhdao.tinh', password: 'ThiDua@2026!' }).expect(200)).body
      .accessToken;
    await http().post('/admin/org-import').set('Authorization', `Bearer ${leader}`).send({ units: [] }).expect(403);
  });
});
