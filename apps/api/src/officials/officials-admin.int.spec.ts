import request from 'supertest';
import { OrgDirectory } from '@tdkt/persistence';
import { startTestApp, TestApp } from '../test-app';
import { toLocalDate } from '@tdkt/domain';

const PASSWORD = 'ThiDua@2026!';
const OWN_PASSWORD = 'Hoa sen nở giữa hồ 2026';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  mustChangePassword: boolean;
}

describe('accounts administration and the system administrator (real DB, real Temporal)', () => {
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const signIn = async (username: string, password = PASSWORD): Promise<Tokens> =>
    (await http().post('/auth/login').send({ username, password }).expect(200)).body;
  /** A new account as the administrator `by` makes it; answers its id and one-time password. */
  const add = async (by: string, body: Record<string, unknown>) => {
    const res = await http().post('/officials').set(bearer(by)).send(body).expect(201);
    return { id: res.body.official.id as string, oneTimePassword: res.body.oneTimePassword as string, body: res.body };
  };
  /** Signs in with the one-time password and replaces it, as the official does at first; answers the fresh tokens. */
  const takeOver = async (username: string, oneTimePassword: string): Promise<Tokens> => {
    const first = await signIn(username, oneTimePassword);
    return (
      await http()
        .post('/auth/password')
        .set(bearer(first.accessToken))
        .send({ currentPassword: oneTimePassword, newPassword: OWN_PASSWORD })
        .expect(200)
    ).body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signIn('quantri')).accessToken;
  });
  afterAll(() => t?.close());

  it('adds an official who signs in with the one-time password and must change it before anything else', async () => {
    const { id, oneTimePassword, body } = await add(admin, {
      username: 'ChuyenVien.YS-Moi',
      fullName: 'Nguyễn Thị Hoà',
      email: 'hoa.nt@tuyenquang.gov.vn',
      unitCode: 'TQ-YS',
      title: 'Chuyên viên',
      roles: ['specialist'],
    });
    expect(body).toMatchObject({
      mustChangePassword: true,
      official: { username: 'chuyenvien.ys-moi', unit: { code: 'TQ-YS' }, roles: [{ code: 'specialist' }], active: true },
    });
    expect(oneTimePassword).toMatch(/^\S{16}$/);

    const first = await signIn('chuyenvien.ys-moi', oneTimePassword);
    expect(first.mustChangePassword).toBe(true);
    await http().get('/inbox').set(bearer(first.accessToken)).expect(403);
    const own = await takeOver('chuyenvien.ys-moi', oneTimePassword);
    await http().get('/inbox').set(bearer(own.accessToken)).expect(200);

    // Found by the administrator's search without diacritics.
    const found = await http().get('/officials').query({ q: 'nguyen thi hoa', unitCode: 'TQ-YS' }).set(bearer(admin)).expect(200);
    expect(found.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
    expect(found.body).toMatchObject({ total: 1, limit: 50, offset: 0 });

    // Corrected without moving: the name, e-mail and title; a malformed e-mail is named as the field at fault.
    const corrected = await http()
      .patch(`/officials/${id}`)
      .set(bearer(admin))
      .send({ fullName: 'Nguyễn Thị Hoà Bình', email: 'HOA.BINH@tuyenquang.gov.vn', title: null })
      .expect(200);
    expect(corrected.body).toMatchObject({ fullName: 'Nguyễn Thị Hoà Bình', email: 'hoa.binh@tuyenquang.gov.vn', title: null });
    const refused = await http().patch(`/officials/${id}`).set(bearer(admin)).send({ email: 'khong-phai-thu' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('khong-phai-thu');
  });

  it('answers 409 for a username already taken, whatever its case', async () => {
    const res = await http()
      .post('/officials')
      .set(bearer(admin))
      .send({ username: 'LanhDao.Tinh', fullName: 'Trùng Tên', email: 'trung@tuyenquang.gov.vn', unitCode: 'TQ', roles: ['specialist'] })
      .expect(409);
    expect(JSON.stringify(res.body)).toContain('lanhdao.tinh');
  });

  it('moves an official with new roles, and the posting history lists both postings', async () => {
    const { id } = await add(admin, {
      username: 'chuyenvien.dichuyen',
      fullName: 'Trần Văn Chuyển',
      email: 'chuyen.tv@tuyenquang.gov.vn',
      unitCode: 'TQ-YS',
      roles: ['specialist'],
      effectiveOn: '2026-01-05',
    });
    const moved = await http()
      .put(`/officials/${id}/posting`)
      .set(bearer(admin))
      .send({ unitCode: 'TQ-SD', roles: ['specialist', 'deputy_leader'] })
      .expect(200);
    expect(moved.body.unit.code).toBe('TQ-SD');
    expect(moved.body.roles.map((r: { code: string }) => r.code)).toEqual(['specialist', 'deputy_leader']);

    const postings = (await http().get(`/officials/${id}/postings`).set(bearer(admin)).expect(200)).body.items;
    const today = toLocalDate(new Date());
    expect(postings).toEqual([
      expect.objectContaining({
        unitCode: 'TQ-YS',
        validFrom: '2026-01-05',
        validTo: today,
        roles: [expect.objectContaining({ code: 'specialist' })],
      }),
      expect.objectContaining({ unitCode: 'TQ-SD', validFrom: today, validTo: null }),
    ]);
    expect(postings[1].roles.map((r: { code: string }) => r.code).sort()).toEqual(['deputy_leader', 'specialist']);

    // A date before the posting now held would rewrite history; a date to come has not happened yet.
    await http()
      .put(`/officials/${id}/posting`)
      .set(bearer(admin))
      .send({ unitCode: 'TQ-SD', roles: ['specialist'], effectiveOn: '2026-01-01' })
      .expect(400);
    await http()
      .put(`/officials/${id}/posting`)
      .set(bearer(admin))
      .send({ unitCode: 'TQ-SD', roles: ['specialist'], effectiveOn: '2999-01-01' })
      .expect(400);
  });

  it('deactivates an official: the refresh token is refused and the access token answers 401 at once', async () => {
    const { id, oneTimePassword } = await add(admin, {
      username: 'chuyenvien.nghiviec',
      fullName: 'Lê Văn Nghỉ',
      email: 'nghi.lv@tuyenquang.gov.vn',
      unitCode: 'TQ-YS-THANGQUAN',
      roles: ['specialist'],
    });
    const session = await takeOver('chuyenvien.nghiviec', oneTimePassword);
    await http().get('/me').set(bearer(session.accessToken)).expect(200);

    await http().post(`/officials/${id}/deactivate`).set(bearer(admin)).send({}).expect(400);
    const closed = await http().post(`/officials/${id}/deactivate`).set(bearer(admin)).send({ reason: 'Nghỉ hưu' }).expect(200);
    expect(closed.body.active).toBe(false);

    await http().get('/me').set(bearer(session.accessToken)).expect(401);
    await http().post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await http().post('/auth/login').send({ username: 'chuyenvien.nghiviec', password: OWN_PASSWORD }).expect(401);

    // Hidden from the list unless asked for, and back after reactivation.
    const listed = async (includeInactive: boolean) =>
      (await http().get('/officials').query({ q: 'nghi', includeInactive }).set(bearer(admin)).expect(200)).body.items.map(
        (o: { id: string }) => o.id,
      );
    expect(await listed(false)).toEqual([]);
    expect(await listed(true)).toEqual([id]);
    await http().post(`/officials/${id}/reactivate`).set(bearer(admin)).expect(200);
    await signIn('chuyenvien.nghiviec', OWN_PASSWORD);
  });

  it('refuses an administrator their own deactivation and the relief of their own admin role', async () => {
    const me = (await http().get('/me').set(bearer(admin)).expect(200)).body;
    const self = await http().post(`/officials/${me.id}/deactivate`).set(bearer(admin)).send({ reason: 'Thử tự khóa' }).expect(400);
    expect(JSON.stringify(self.body)).toContain('chính mình');
    const relief = await http()
      .put(`/officials/${me.id}/posting`)
      .set(bearer(admin))
      .set('Accept-Language', 'en')
      .send({ unitCode: 'TQ', roles: ['specialist'] })
      .expect(400);
    expect(JSON.stringify(relief.body)).toContain('You cannot give up your own Administrator role');
    // Nor does a province's administrator give the system administrator's role.
    const lead = await t.app.get(OrgDirectory).findOfficial({ username: 'chuyenvien.tinh' });
    await http()
      .put(`/officials/${lead!.official.id}/posting`)
      .set(bearer(admin))
      .send({ unitCode: 'TQ', roles: ['system_admin'] })
      .expect(403);
  });

  it('keeps a district’s administrator to their district (403 elsewhere) and the list to their scope', async () => {
    const { oneTimePassword } = await add(admin, {
      username: 'quantri.ys',
      fullName: 'Phạm Văn Quản',
      email: 'quantri.ys@tuyenquang.gov.vn',
      unitCode: 'TQ-YS',
      roles: ['admin'],
    });
    const district = (await takeOver('quantri.ys', oneTimePassword)).accessToken;
    const sonDuong = await t.app.get(OrgDirectory).findOfficial({ username: 'lanhdao.sd' });
    expect(sonDuong).not.toBeNull();
    await http().post(`/officials/${sonDuong!.official.id}/deactivate`).set(bearer(district)).send({ reason: 'Ngoài phạm vi' }).expect(403);
    await http()
      .post('/officials')
      .set(bearer(district))
      .send({
        username: 'ngoai.pham.vi',
        fullName: 'Ngoài Phạm Vi',
        email: 'npv@tuyenquang.gov.vn',
        unitCode: 'TQ-SD',
        roles: ['specialist'],
      })
      .expect(403);
    await http().get('/officials').query({ unitCode: 'TQ' }).set(bearer(district)).expect(403);
    const mine = (await http().get('/officials').query({ limit: 500 }).set(bearer(district)).expect(200)).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o: { unit: { code: string } }) => o.unit.code.startsWith('TQ-YS'))).toBe(true);
    // Moving one of their own officials out of their district needs the new unit in scope too.
    const own = await t.app.get(OrgDirectory).findOfficial({ username: 'chuyenvien.ys' });
    await http()
      .put(`/officials/${own!.official.id}/posting`)
      .set(bearer(district))
      .send({ unitCode: 'TQ-SD', roles: ['specialist'] })
      .expect(403);
    // A specialist is no administrator at all.
    const specialist = (await signIn('chuyenvien.tinh')).accessToken;
    await http().get('/officials').set(bearer(specialist)).expect(403);
  });

  it('a system administrator creates a root and appoints its administrator, who has no scope over the demo province', async () => {
    // The system unit and its administrator as `npm run bootstrap:admin -- --system` makes them (with a known password here).
    const directory = t.app.get(OrgDirectory);
    await directory.applyImport({
      levels: [{ code: 'he-thong', name: 'Hệ thống', rank: 0 }],
      units: [{ code: 'HE-THONG', name: 'Quản trị hệ thống', levelCode: 'he-thong', kind: 'system', parentCode: null }],
      officials: [],
    });
    await directory.applyImport({
      levels: [],
      units: [],
      officials: [
        {
          username: 'quantri.hethong',
          fullName: 'Đỗ Văn Hệ',
          email: 'he@tinh.gov.vn',
          unitCode: 'HE-THONG',
          roles: ['system_admin'],
          password: PASSWORD,
        },
      ],
    });
    const system = (await signIn('quantri.hethong')).accessToken;
    // No scope over any tree's campaigns or units.
    await http().get('/units/TQ').set(bearer(system)).expect(403);
    // A province's administrator may not create roots.
    await http()
      .post('/org/roots')
      .set(bearer(admin))
      .send({ code: 'TU-TQ', name: 'Tỉnh ủy Tuyên Quang', kind: 'tinh_uy', levelCode: 'tinh' })
      .expect(403);

    const root = await http()
      .post('/org/roots')
      .set(bearer(system))
      .send({ code: 'TU-TQ', name: 'Tỉnh ủy Tuyên Quang', kind: 'tinh_uy', levelCode: 'tinh', statisticsCode: '08' })
      .expect(201);
    expect(root.body).toMatchObject({ code: 'TU-TQ', parentCode: null, kind: 'tinh_uy' });
    await http()
      .post('/org/roots')
      .set(bearer(system))
      .send({ code: 'TU-TQ', name: 'Lặp lại', kind: 'tinh_uy', levelCode: 'tinh' })
      .expect(409);
    await http()
      .post('/org/roots')
      .set(bearer(system))
      .send({ code: 'MOI', name: 'Không có cấp', kind: 'hoi', levelCode: 'khong-co' })
      .expect(400);

    const { oneTimePassword } = await add(system, {
      username: 'quantri.tinhuy',
      fullName: 'Hoàng Thị Ủy',
      email: 'quantri@tinhuy.tuyenquang.gov.vn',
      unitCode: 'TU-TQ',
      roles: ['admin'],
    });
    const partyAdmin = (await takeOver('quantri.tinhuy', oneTimePassword)).accessToken;
    await http().get('/units/TU-TQ').set(bearer(partyAdmin)).expect(200);
    await http().get('/units/TQ').set(bearer(partyAdmin)).expect(403);
    await http().get('/officials').query({ unitCode: 'TQ' }).set(bearer(partyAdmin)).expect(403);
    const lead = await directory.findOfficial({ username: 'lanhdao.tinh' });
    await http().post(`/officials/${lead!.official.id}/deactivate`).set(bearer(partyAdmin)).send({ reason: 'Ngoài cây' }).expect(403);

    // The role stays in the system unit: not given in a tree, even by a system administrator.
    await http()
      .post('/officials')
      .set(bearer(system))
      .send({ username: 'sai.vaitro', fullName: 'Sai Vai Trò', email: 'svt@tinh.gov.vn', unitCode: 'TU-TQ', roles: ['system_admin'] })
      .expect(400);
  });
});
