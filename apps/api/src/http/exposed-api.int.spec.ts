import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loginCache } from '../audit/audit-test-support';
import { startTestApp, TestApp } from '../test-app';

const INLINE_HASH = "'sha256-XaHR/EVLUOhj1/6zEH1sseDlheR8rRyaczwRDlQZfBE='";
const LISTED_ORIGIN = 'https://cong.tinh.example.vn';

/** The real api as it is exposed: its headers, its CORS, what bodies and paths it accepts, and how it says no. */
describe('an API safe to expose', () => {
  let t: TestApp;
  let webDist: string;
  const token = loginCache(() => t);
  const http = () => request(t.app.getHttpServer());
  const saved = { CORS_ORIGINS: process.env.CORS_ORIGINS, WEB_DIST_DIR: process.env.WEB_DIST_DIR };

  beforeAll(async () => {
    // A built web app as the build leaves it: index.html and the hash of its inline script beside it.
    webDist = mkdtempSync(join(tmpdir(), 'tdkt-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><head><script>/*first rows*/</script></head><body></body></html>');
    writeFileSync(join(webDist, 'csp-hashes.json'), JSON.stringify({ 'script-src': [INLINE_HASH] }));
    Object.assign(process.env, { CORS_ORIGINS: `${LISTED_ORIGIN},http://localhost:5173`, WEB_DIST_DIR: webDist });
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends helmet’s headers, and a CSP that runs only the app’s own scripts and the build’s inline one', async () => {
    for (const path of ['/health/live', '/', '/hop-viec']) {
      const response = await http().get(path).set('Accept', 'text/html');
      expect(response.status).toBe(200);
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain(`script-src 'self' ${INLINE_HASH};`);
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests'); // the test app's public URL is plain http
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('gives the Swagger UI at /docs a policy of its own that lets its inline code run', async () => {
    const docs = await http().get('/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).not.toContain(INLINE_HASH);
    await http().get('/docs/swagger-ui-init.js').expect(200);
  });

  it('answers CORS for a listed origin only', async () => {
    const listed = await http()
      .options('/campaigns')
      .set('Origin', LISTED_ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(listed.status).toBe(204);
    expect(listed.headers['access-control-allow-origin']).toBe(LISTED_ORIGIN);
    expect(listed.headers['access-control-allow-methods']).toContain('POST');

    const simple = await http().get('/health/live').set('Origin', LISTED_ORIGIN).expect(200);
    expect(simple.headers['access-control-allow-origin']).toBe(LISTED_ORIGIN);
    expect(simple.headers['access-control-expose-headers']).toBe('Content-Disposition,X-Request-Id');

    for (const stranger of ['https://evil.example.com', `${LISTED_ORIGIN}.evil.example.com`, 'null']) {
      const refused = await http().get('/health/live').set('Origin', stranger).expect(200);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('refuses a JSON body over the route’s limit with 413 in Vietnamese, and takes a whole plan where one is sent', async () => {
    const big = { reason: 'x'.repeat(200 * 1024) };
    const tooLarge = await http()
      .post('/delegations')
      .set('Authorization', `Bearer ${await token('lanhdao.tinh')}`)
      .send(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLarge.body).toEqual({
      type: '/problems/payload-too-large',
      title: 'Nội dung quá lớn',
      status: 413,
      detail: 'Nội dung gửi lên quá lớn: yêu cầu này nhận tối đa 100 kB. Hãy rút gọn nội dung hoặc chia thành nhiều lần gửi.',
      requestId: tooLarge.headers['x-request-id'],
    });
    // Bodies are read before the sign-in is checked: past the parser, this one meets the guard (401), not the limit.
    await http().post('/campaigns').send(big).expect(401);
    const overPlanLimit = await http()
      .post('/campaigns')
      .send({ plan: 'x'.repeat(1100 * 1024) })
      .expect(413);
    expect(overPlanLimit.body.detail).toContain('tối đa 1 MB');

    const broken = await http().post('/auth/login').set('Content-Type', 'application/json').send('{"username": "a",').expect(400);
    expect(broken.body.detail).toMatch(/^Nội dung gửi lên không phải JSON hợp lệ/);
  });

  it('refuses a malformed id, unit code or template key in a path with 400 in Vietnamese, before any query', async () => {
    const auth = `Bearer ${await token('chuyenvien.tinh')}`;
    const malformedId = await http().get('/campaigns/123-not-a-uuid').set('Authorization', auth).expect(400);
    expect(malformedId.body.detail).toBe(
      'Đường dẫn có tham số "id" không hợp lệ ("123-not-a-uuid"): cần một mã định danh dạng UUID, ví dụ 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f. ' +
        'Hãy mở lại trang từ danh sách thay vì sửa địa chỉ bằng tay.',
    );
    const obligation = await http()
      .get('/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/units/TQ%20YS/obligations/phat-dong/history')
      .set('Authorization', auth)
      .expect(400);
    expect(obligation.body.detail).toContain('tham số "unitCode"');
    const template = await http().get('/campaign-templates/Khong%20Co').set('Authorization', auth).expect(400);
    expect(template.body.detail).toContain('mã mẫu kế hoạch');
    // A well-formed id that names nothing is still the service's 404.
    await http().get('/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f').set('Authorization', auth).expect(404);
    // A number in the path reaches its pipe already a number (the global ValidationPipe runs first): still accepted.
    await http().get('/calendar/2026').set('Authorization', auth).expect(200);
    expect((await http().get('/calendar/hai-nghin').set('Authorization', auth).expect(400)).body.detail).toContain('tham số "year"');
  });
});
