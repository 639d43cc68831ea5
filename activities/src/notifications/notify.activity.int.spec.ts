import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DefaultLogger, LogEntry } from '@temporalio/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import { AppConfig, loadConfig } from '@tdkt/config';
import type { NotificationRequest } from '@tdkt/contracts';
import { NotificationEntity, OfficialEntity, openDatabase, seedDemoOrg } from '@tdkt/persistence';
import { createTestDatabase, databasesUnderTest, startTestSmtp, TestDatabase, TestSmtp } from '@tdkt/testing';
import { createNotifyActivity } from './notify.activity';

const SUBJECT = 'Nhắc hạn: nộp báo cáo sơ kết phong trào thi đua "Đổi mới, sáng tạo" trước ngày 15/12';

function request(dedupeKey: string, overrides: Partial<NotificationRequest> = {}): NotificationRequest {
  return {
    dedupeKey,
    campaignId: 'campaign-2026-01',
    recipients: { unitCode: 'TQ-YS', roles: ['leader'] },
    kind: 'reminder',
    subject: SUBJECT,
    body: 'Đồng chí vui lòng hoàn thành và trình ký báo cáo sơ kết trước thời hạn.',
    ...overrides,
  };
}

describe.each(databasesUnderTest())('notify activity on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dataDir: string;
  let smtp: TestSmtp;
  let leaderEmail: string;
  const warnings: LogEntry[] = [];
  const env = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN', (entry) => warnings.push(entry)) });

  const configWith = (smtpUrl: string): AppConfig =>
    loadConfig({
      JWT_SECRET: 'x'.repeat(32),
      DATA_DIR: dataDir,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Thi đua – Khen thưởng <no-reply@tuyenquang.demo.gov.vn>',
    });
  const notifyVia = (smtpUrl: string) => createNotifyActivity({ dataSource, config: configWith(smtpUrl) });
  const rowsFor = (dedupeKey: string) => dataSource.getRepository(NotificationEntity).findBy({ dedupeKey });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tdkt-notify-'));
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    leaderEmail = (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'lanhdao.ys' })).email;
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    await dataSource?.destroy();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('mails the leaders of a unit once, with the Vietnamese subject intact, and keeps it in their inbox', async () => {
    await env.run(notifyVia(smtp.url), request('reminder-1'));

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.to).toMatchObject({ value: [{ address: leaderEmail, name: 'Hà Văn Quyết' }] });
    expect(mail.text).toContain('trình ký báo cáo sơ kết');
    expect(mail.text).toContain('Vui lòng không trả lời thư này.');
    const rows = await rowsFor('reminder-1');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: SUBJECT,
      kind: 'reminder',
      campaignId: 'campaign-2026-01',
      emailStatus: 'sent',
      readAt: null,
    });
  });

  it('does nothing more when the same notification is asked for again', async () => {
    await env.run(notifyVia(smtp.url), request('reminder-1'));

    expect(smtp.messages).toHaveLength(1);
    expect(await rowsFor('reminder-1')).toHaveLength(1);
  });

  it('sends a notification with another key', async () => {
    await env.run(notifyVia(smtp.url), request('reminder-2'));

    expect(smtp.messages).toHaveLength(2);
    expect(await rowsFor('reminder-2')).toHaveLength(1);
  });

  it('mails every official holding any of the roles once', async () => {
    const before = smtp.messages.length;
    await env.run(
      notifyVia(smtp.url),
      request('task-1', { kind: 'task', recipients: { unitCode: 'TQ-YS', roles: ['leader', 'specialist'] } }),
    );

    const mails = await smtp.waitFor(before + 2);
    expect(
      mails
        .slice(before)
        .flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]))
        .flatMap((to) => to?.value.map((v) => v.address)),
    ).toEqual(expect.arrayContaining([leaderEmail, 'chuyenvien.ys@tuyenquang.demo.gov.vn']));
    expect(smtp.messages).toHaveLength(before + 2);
  });

  it('fails while SMTP is down, then a retry sends the message exactly once', async () => {
    const down = await startTestSmtp();
    await down.close();

    await expect(env.run(notifyVia(down.url), request('overdue-1', { kind: 'overdue' }))).rejects.toThrow(/failed for 1 of 1/);
    const [failed] = await rowsFor('overdue-1');
    expect(failed).toMatchObject({ emailStatus: 'failed' });
    expect(failed.emailError).toBeTruthy();

    const up = await startTestSmtp();
    try {
      const retry = notifyVia(up.url);
      await env.run(retry, request('overdue-1', { kind: 'overdue' }));
      await env.run(retry, request('overdue-1', { kind: 'overdue' }));

      expect(up.messages).toHaveLength(1);
      expect(up.messages[0].subject).toBe(SUBJECT);
      const rows = await rowsFor('overdue-1');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: failed.id, emailStatus: 'sent', emailError: null });
    } finally {
      await up.close();
    }
  });

  it('warns instead of failing when the unit has nobody in those roles', async () => {
    const before = smtp.messages.length;
    await env.run(notifyVia(smtp.url), request('council-1', { recipients: { unitCode: 'TQ-YS', roles: ['council_secretary'] } }));

    expect(await rowsFor('council-1')).toHaveLength(0);
    expect(smtp.messages).toHaveLength(before);
    expect(warnings.map((w) => w.message)).toContain('Notification has no recipients');
  });
});
