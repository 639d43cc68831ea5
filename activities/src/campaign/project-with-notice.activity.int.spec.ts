import { DataSource } from 'typeorm';
import { DefaultLogger, LogEntry } from '@temporalio/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { NotificationRequest, ObligationProjection } from '@tdkt/contracts';
import { InboxItemEntity, NotificationEntity, UnitProgressEntity } from '@tdkt/persistence';
import { databasesUnderTest, startTestSmtp, TestSmtp } from '@tdkt/testing';
import { MailTestBed } from '../notifications/mail.spec-fixtures';
import { createMailer } from '../notifications/mailer';
import { createNoticeDelivery } from '../notifications/notice-delivery';
import { createProjectWithNoticeActivity } from './project-with-notice.activity';
import { createDraftCampaign } from './campaign.spec-fixtures';

const CAMPAIGN = 'cds-2026-notice';
const COMMUNE = 'TQ-YS-THANGQUAN';

/** The commune's launch duty at a given version: open for its specialists, or overdue and reminded. */
function launchDuty(version: number, remindersSent: number): ObligationProjection {
  return {
    campaignId: CAMPAIGN,
    unitCode: COMMUNE,
    reportsTo: 'TQ-YS',
    levelCode: 'xa',
    version,
    obligation: {
      spec: {
        key: 'phat-dong',
        phaseKey: 'phat-dong',
        stageKey: 'gd1',
        kind: 'launch',
        title: 'Xây dựng kế hoạch hưởng ứng',
        opensAt: '2026-06-01T01:00:00.000Z',
        dueAt: '2026-06-30T10:00:00.000Z',
      },
      status: 'open',
      dueAt: '2026-06-30T10:00:00.000Z',
      remindersSent,
      lastAlarmAt: null,
      escalated: false,
      version,
      extensions: [],
      history: [],
    },
    assignment: { unitCode: COMMUNE, roles: ['specialist'], action: 'submit' },
  };
}

function notice(dedupeKey: string): NotificationRequest {
  return {
    dedupeKey,
    campaignId: CAMPAIGN,
    recipients: { unitCode: 'TQ-YS', roles: ['leader'] },
    kind: 'task',
    subject: '[Việc mới] Xây dựng kế hoạch hưởng ứng',
    body: 'Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2026: đơn vị cần thực hiện "Xây dựng kế hoạch hưởng ứng".',
  };
}

describe.each(databasesUnderTest())('an obligation projection with its notice, on %s', (kind) => {
  let bed: MailTestBed;
  let dataSource: DataSource;
  let smtp: TestSmtp;
  let leaderEmail: string;
  const warnings: LogEntry[] = [];
  const env = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN', (entry) => warnings.push(entry)) });

  const activityVia = (smtpUrl: string) => {
    const deliverNotice = createNoticeDelivery({ dataSource, mailer: createMailer(bed.configVia(smtpUrl).mail) });
    return createProjectWithNoticeActivity({ dataSource, deliverNotice }).projectObligationWithNotice;
  };
  const progress = () => dataSource.getRepository(UnitProgressEntity).findOneByOrFail({ campaignId: CAMPAIGN, unitCode: COMMUNE });
  const notifications = (dedupeKey: string) => dataSource.getRepository(NotificationEntity).findBy({ dedupeKey });

  beforeAll(async () => {
    bed = await MailTestBed.start(kind);
    ({ dataSource, smtp, leaderEmail } = bed);
    await createDraftCampaign(dataSource, CAMPAIGN);
  });
  afterAll(() => bed?.stop());

  it('writes the projection, then records and mails the notice; a retry changes nothing twice', async () => {
    const activity = activityVia(smtp.url);
    const input = { projection: launchDuty(1, 0), notice: notice('opened-1') };

    expect(await env.run(activity, input)).toEqual({ emailPending: false });
    expect(await env.run(activity, input)).toEqual({ emailPending: false });

    expect(await progress()).toMatchObject({ status: 'open', version: 1, unitPath: '/TQ/TQ-YS/TQ-YS-THANGQUAN/' });
    const item = await dataSource.getRepository(InboxItemEntity).findOneByOrFail({ campaignId: CAMPAIGN, unitCode: COMMUNE });
    expect(item).toMatchObject({ status: 'open', assigneeUnitCode: COMMUNE, action: 'submit' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({
      subject: '[Việc mới] Xây dựng kế hoạch hưởng ứng',
      to: { value: [{ address: leaderEmail }] },
    });
    expect(await notifications('opened-1')).toMatchObject([{ emailStatus: 'sent' }]);
  });

  it('with the mail relay down, still writes the projection and leaves the e-mail to the mail retry workflow', async () => {
    const down = await startTestSmtp();
    await down.close();

    expect(await env.run(activityVia(down.url), { projection: launchDuty(2, 1), notice: notice('reminder-1') })).toEqual({
      emailPending: false,
    });

    expect(await progress()).toMatchObject({ version: 2, remindersSent: 1 });
    const [failed] = await notifications('reminder-1');
    expect(failed).toMatchObject({ emailStatus: 'failed', emailAttempts: 1 });
    expect(failed.emailError).toBeTruthy();
    expect(warnings.map((w) => w.message)).toContain('E-mail of a notice failed; the mail retry workflow will send it');
  });

  it('refuses a unit the org tree does not know, and tells nobody', async () => {
    const stray = { ...launchDuty(1, 0), unitCode: 'TQ-NOWHERE' };

    await expect(env.run(activityVia(smtp.url), { projection: stray, notice: notice('stray-1') })).rejects.toThrow(/Unit TQ-NOWHERE/);

    expect(await notifications('stray-1')).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });
});
