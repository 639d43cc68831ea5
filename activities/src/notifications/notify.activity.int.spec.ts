import { DataSource } from 'typeorm';
import { DefaultLogger, LogEntry } from '@temporalio/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { NotificationRequest } from '@tdkt/contracts';
import { NotificationEntity, OfficialEntity } from '@tdkt/persistence';
import { databasesUnderTest, startTestSmtp, TestSmtp } from '@tdkt/testing';
import { MailTestBed } from './mail.spec-fixtures';
import { createMailer } from './mailer';
import { createNotifyActivity } from './notify.activity';
import { createResendFailedMailActivity } from './resend-failed-mail.activity';

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
  let bed: MailTestBed;
  let dataSource: DataSource;
  let smtp: TestSmtp;
  let leaderEmail: string;
  const warnings: LogEntry[] = [];
  const env = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN', (entry) => warnings.push(entry)) });

  const notifyVia = (smtpUrl: string) => createNotifyActivity({ dataSource, config: bed.configVia(smtpUrl) });
  const rowsFor = (dedupeKey: string) => dataSource.getRepository(NotificationEntity).findBy({ dedupeKey });

  beforeAll(async () => {
    bed = await MailTestBed.start(kind);
    ({ dataSource, smtp, leaderEmail } = bed);
  });
  afterAll(() => bed?.stop());

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

  it('leaves an e-mail the relay refuses to the mail retry workflow, whose round sends it exactly once when due', async () => {
    const down = await startTestSmtp();
    await down.close();
    const resendVia = (smtpUrl: string) =>
      createResendFailedMailActivity({ dataSource, mailer: createMailer(bed.configVia(smtpUrl).mail) }).resendFailedMail;
    const round = { everyMs: 60_000, limit: 10 };

    await env.run(notifyVia(down.url), request('overdue-1', { kind: 'overdue' }));
    const [failed] = await rowsFor('overdue-1');
    expect(failed).toMatchObject({ emailStatus: 'failed', emailAttempts: 1 });
    expect(failed.emailError).toBeTruthy();
    expect(failed.emailRetryAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(warnings.map((w) => w.message)).toContain('E-mail of a notice failed; the mail retry workflow will send it');

    // Refused again: the round stops there, and the next try waits two rounds.
    expect(await env.run(resendVia(down.url), round)).toEqual({ sent: 0, failed: 1 });
    const [again] = await rowsFor('overdue-1');
    expect(again).toMatchObject({ emailStatus: 'failed', emailAttempts: 2 });
    expect(again.emailRetryAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);

    const up = await startTestSmtp();
    try {
      expect(await env.run(resendVia(up.url), round)).toEqual({ sent: 0, failed: 0 });
      await dataSource.getRepository(NotificationEntity).update({ id: failed.id }, { emailRetryAt: new Date(Date.now() - 1000) });
      expect(await env.run(resendVia(up.url), round)).toEqual({ sent: 1, failed: 0 });
      expect(await env.run(resendVia(up.url), round)).toEqual({ sent: 0, failed: 0 });
      await env.run(notifyVia(up.url), request('overdue-1', { kind: 'overdue' }));

      expect(up.messages).toHaveLength(1);
      expect(up.messages[0].subject).toBe(SUBJECT);
      const rows = await rowsFor('overdue-1');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: failed.id, emailStatus: 'sent', emailError: null, emailRetryAt: null });
    } finally {
      await up.close();
    }
  });

  it('marks a failed e-mail skipped when its recipient has no address any more, and sends the next one due', async () => {
    const down = await startTestSmtp();
    await down.close();
    const officials = dataSource.getRepository(OfficialEntity);
    const specialist = await officials.findOneByOrFail({ username: 'chuyenvien.ys' });
    await env.run(notifyVia(down.url), request('returned-1', { recipients: { officialIds: [specialist.id] } }));
    await env.run(notifyVia(down.url), request('returned-2'));
    await officials.update({ id: specialist.id }, { email: '' });
    try {
      const resend = createResendFailedMailActivity({ dataSource, mailer: createMailer(bed.configVia(smtp.url).mail) }).resendFailedMail;
      expect(await env.run(resend, { everyMs: 60_000, limit: 10 })).toEqual({ sent: 1, failed: 0 });
      expect(await rowsFor('returned-1')).toMatchObject([{ emailStatus: 'skipped', emailRetryAt: null }]);
      expect(await rowsFor('returned-2')).toMatchObject([{ emailStatus: 'sent' }]);
    } finally {
      await officials.update({ id: specialist.id }, { email: specialist.email });
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
