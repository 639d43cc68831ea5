import request from 'supertest';
import { startTestApp, TestApp } from '../test-app';

const PASSWORD = 'ThiDua@2026!';

/**
 * Every error, whatever refuses it (the ValidationPipe, the guards, a service, the body parser, the sign-in throttle),
 * answers RFC 9457 problem details as application/problem+json: Vietnamese by default, English with
 * `Accept-Language: en` (a domain refusal through Temporal is in tests/system/src/problem-details.int.spec.ts).
 */
describe('one error shape: problem details in Vietnamese, English on request (real DB, real Temporal)', () => {
  let t: TestApp;
  let specialist: string;
  let auditor: string;
  const http = () => request(t.app.getHttpServer());
  const login = (username: string, password = PASSWORD) => http().post('/auth/login').send({ username, password });
  const tokenOf = async (username: string) => `Bearer ${(await login(username).expect(200)).body.accessToken}`;

  beforeAll(async () => {
    t = await startTestApp();
    [specialist, auditor] = await Promise.all([tokenOf('chuyenvien.tinh'), tokenOf('thanhtra.tinh')]);
  });
  afterAll(() => t?.close());

  /** Checks the shape every error shares and hands back the body. */
  const problem = (response: request.Response, status: number, type: string, title: string) => {
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({
      status,
      contentType: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(response.body).toMatchObject({ type, title, status, detail: expect.any(String), requestId: response.headers['x-request-id'] });
    for (const legacy of ['statusCode', 'error', 'message']) expect(response.body).not.toHaveProperty(legacy);
    return response.body as { detail: string; errors?: { path: string; message: string }[] };
  };

  it('400: a DTO refused field by field, with each path, in Vietnamese and in English', async () => {
    const send = (language?: string) => {
      const call = http().post('/delegations').set('Authorization', specialist);
      if (language) void call.set('Accept-Language', language);
      return call.send({ startsAt: 'sáng mai', unexpected: true });
    };
    const vi = problem(await send(), 400, '/problems/validation', 'Dữ liệu không hợp lệ');
    expect(vi.detail).toMatch(/^Dữ liệu gửi lên có \d+ lỗi cần sửa: /);
    expect(vi.errors).toEqual(
      expect.arrayContaining([
        { path: 'startsAt', message: 'startsAt phải là thời điểm ISO-8601, ví dụ 2026-12-01T00:00:00+07:00.' },
        { path: 'unexpected', message: 'property unexpected should not exist' },
      ]),
    );
    const en = problem(await send('en-US,en;q=0.9,vi;q=0.5'), 400, '/problems/validation', 'Invalid request');
    expect(en.detail).toMatch(/^The request has \d+ problems? to fix: /);
    // class-validator's own English where the DTO kept it; the rule in English where the DTO wrote Vietnamese.
    expect(en.errors).toEqual(
      expect.arrayContaining([
        { path: 'startsAt', message: 'startsAt must be a date (ISO 8601).' },
        { path: 'unexpected', message: 'property unexpected should not exist' },
      ]),
    );
  });

  it('400: a malformed path parameter, in both languages', async () => {
    const get = (language: string) =>
      http().get('/campaigns/123-not-a-uuid').set('Authorization', specialist).set('Accept-Language', language);
    expect(problem(await get('vi'), 400, '/problems/validation', 'Dữ liệu không hợp lệ').detail).toContain('tham số "id" không hợp lệ');
    expect(problem(await get('en'), 400, '/problems/validation', 'Invalid request').detail).toBe(
      'The path parameter "id" is not valid ("123-not-a-uuid"): a UUID is expected, e.g. 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f. ' +
        'Open the page again from its list instead of editing the address by hand.',
    );
  });

  it('401: no token, and a wrong password', async () => {
    expect(problem(await http().get('/me'), 401, '/problems/unauthorized', 'Cần đăng nhập').detail).toBe(
      'Cần đăng nhập: thiếu mã truy cập (Authorization: Bearer …).',
    );
    expect(problem(await http().get('/me').set('Accept-Language', 'en'), 401, '/problems/unauthorized', 'Sign-in required').detail).toBe(
      'Sign-in required: the access token is missing (Authorization: Bearer …).',
    );
    const wrong = await http().post('/auth/login').set('Accept-Language', 'en').send({ username: 'pho.tinh', password: 'sai-mat-khau' });
    expect(problem(wrong, 401, '/problems/unauthorized', 'Sign-in required').detail).toBe('The username or password is not correct.');
  });

  it('403: an inspector changing data, and a unit outside the official’s scope', async () => {
    const change = (language: string) =>
      http().post('/delegations').set('Authorization', auditor).set('Accept-Language', language).send({});
    const vi = problem(await change('vi'), 403, '/problems/forbidden', 'Không có quyền');
    const en = problem(await change('en'), 403, '/problems/forbidden', 'Not allowed');
    expect(vi.detail).not.toBe(en.detail);
    expect(en.detail).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    const outside = await http()
      .get('/units/TQ')
      .set('Authorization', `Bearer ${(await login('chuyenvien.ys-thangquan')).body.accessToken}`);
    expect(problem(outside, 403, '/problems/forbidden', 'Không có quyền').detail).toContain('ngoài phạm vi');
  });

  it('404: a record that does not exist, and a path no route serves', async () => {
    const unknown = (language: string) =>
      http().get('/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f').set('Authorization', specialist).set('Accept-Language', language);
    expect(problem(await unknown('vi'), 404, '/problems/not-found', 'Không tìm thấy').detail).toBe(
      'Không tìm thấy phong trào "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f".',
    );
    // A service's own words carry their English (words without it are said to be untranslated: to-problem.spec.ts).
    const en = problem(await unknown('en'), 404, '/problems/not-found', 'Not found');
    expect(en.detail).toBe('Campaign "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f" was not found.');
    const noRoute = await http().get('/khong-co-chuc-nang').set('Authorization', specialist).set('Accept-Language', 'en');
    expect(problem(noRoute, 404, '/problems/not-found', 'Not found').detail).toBe(
      'There is no GET /khong-co-chuc-nang on this server; check the address.',
    );
  });

  it('413: a body over the route’s limit, answered by the body parser before Nest', async () => {
    const big = (language: string) =>
      http()
        .post('/delegations')
        .set('Authorization', specialist)
        .set('Accept-Language', language)
        .send({ reason: 'x'.repeat(200 * 1024) });
    expect(problem(await big('vi'), 413, '/problems/payload-too-large', 'Nội dung quá lớn').detail).toContain('tối đa 100 kB');
    expect(problem(await big('en'), 413, '/problems/payload-too-large', 'Request body too large').detail).toBe(
      'The request body is too large: this request accepts at most 100 kB. Shorten it or send it in several parts.',
    );
  });

  it('429: a locked sign-in, with its time to wait in the words and in Retry-After', async () => {
    for (let i = 0; i < 10; i++) await login('lanhdao.snv', `sai-${i}`).expect(401);
    const vi = await login('lanhdao.snv');
    expect(problem(vi, 429, '/problems/too-many-attempts', 'Quá nhiều lần thử').detail).toMatch(/thử lại sau 1 phút \(lúc \d\d:\d\d\)/);
    expect(vi.body.retryAfterSeconds).toBe(Number(vi.headers['retry-after']));
    const en = await http().post('/auth/login').set('Accept-Language', 'en').send({ username: 'lanhdao.snv', password: PASSWORD });
    expect(problem(en, 429, '/problems/too-many-attempts', 'Too many attempts').detail).toMatch(
      /^Too many wrong passwords .* try again in 1 minute \(at \d\d:\d\d, Vietnam time\)/,
    );
  });
});
